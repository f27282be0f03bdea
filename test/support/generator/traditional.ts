import { ConverterFactory } from 'opencc-js/core'
import STCharacters from 'opencc-js/dict/STCharacters'
import STPhrases from 'opencc-js/dict/STPhrases'
import { mapTexts, type Doc } from './doc.ts'
import * as L from './labels.ts'
import type { Random } from './random.ts'

/**
 * A Traditional-Chinese mirror copy (SPEC §2): the text converted Simplified → Traditional with OpenCC,
 * a pinyin reading in ASCII brackets after some characters (`區(qū)`, `報(bào)`), and keyword spam
 * blocks before and after the article.
 */

const toTraditional = ConverterFactory([STPhrases, STCharacters])

/** Pinyin readings as mirror sites insert them: lower-case Latin with tone marks. */
const PINYIN = ['qū', 'bào', 'kāi', 'zhèng', 'xìn', 'shēn', 'qǐng', 'gōng', 'lǐ', 'xiàng'] as const
const HAN = /[\u4e00-\u9fff]/

export interface Mirrored {
  doc: Doc
  /** How many pinyin readings were inserted: the converter must report as many removed. */
  annotations: number
}

export function mirror(r: Random, doc: Doc): Mirrored {
  let annotations = 0
  const annotate = (text: string) => {
    let out = ''
    for (const ch of text) {
      out += ch
      if (HAN.test(ch) && r.bool(0.04)) {
        out += `(${r.pick(PINYIN)})`
        annotations++
      }
    }
    return out
  }
  const converted = mapTexts(doc, (text) => annotate(toTraditional(text)))
  const spam = () => ({ kind: 'spam' as const, pieces: Array.from({ length: r.int(6, 12) }, () => r.pick(L.SPAM_WORDS)) })
  const blocks = [...converted.blocks]
  if (r.bool(0.7)) blocks.unshift(spam())
  blocks.push(spam())
  return { doc: { blocks }, annotations }
}
