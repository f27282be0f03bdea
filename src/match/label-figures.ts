import { halfWidth } from '../normalize/fold.ts'
import type { Token } from '../tokens/token.ts'
import type { ValueAlignment } from './align-types.ts'
import { isFigureWords } from './row-pieces.ts'

/**
 * A figure's piece kept with words on a row's lines. A row's label never ends in a figure (its numbering, `（1）`
 * `2.` `3、`, ends in a mark): a piece of it that does (`计这一情形，不计其他情形） ３４` under `(二)部分公开（区分处理的，
 * 只 ２４６ …`) holds a wrapped figure's piece the viewer set on the label's line; so does a word of figures and
 * units on the row's lines (`１６１ １件 件` for 1611件). The row's figures as read may have lost it (246 for 24634),
 * and only its arithmetic can say they did not.
 */
const ENDS_IN_FIGURE = /\d[\d,，]*$/

/** A label's piece that ends in a figure: a wrapped figure's piece the viewer set on the label's line. */
export function endsInFigure(t: Token | undefined): boolean {
  const text = t?.text ?? ''
  return holdsDigit(text) && ENDS_IN_FIGURE.test(halfWidth(text).trim())
}

/**
 * The text holds a digit, half- or full-width: halfWidth makes a `\d` of no other unit, so words without one need
 * not be folded and matched (most labels and words are).
 */
export function holdsDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if ((unit >= 0x30 && unit <= 0x39) || (unit >= 0xff10 && unit <= 0xff19)) return true
  }
  return false
}

/** The lines of the region that hold a word of figures and units (`１件 件`), worked out once per table. */
export function figureWordLines(tokens: readonly Token[], start: number, end: number): Set<number> {
  const out = new Set<number>()
  for (let i = start; i < end; i++) if (isFigureWords(tokens[i] as Token)) out.add(tokens[i]?.line ?? -1)
  return out
}

/** Whether the row's label pieces, or the lines of its label and figures, hold a figure's piece among words. */
export function figureAmongWords(tokens: readonly Token[], pieces: readonly number[] | undefined, readings: readonly ValueAlignment['cells'][number][], wordLines: ReadonlySet<number>): boolean {
  const labels = pieces ?? []
  if (labels.some((i) => endsInFigure(tokens[i]))) return true
  if (wordLines.size === 0) return false
  if (labels.some((i) => wordLines.has(tokens[i]?.line ?? -1))) return true
  return readings.some((r) => r.fills.some((f) => wordLines.has(tokens[f.token]?.line ?? -1)))
}
