import type { Rule } from './rules.ts'

/**
 * A PDF page's text as positioned pieces: what PDF.js's text layer gives, in page units with y measured
 * from the top, so that the layout stages (lines, running heads, tables, prose) read the page as it looks.
 */
export interface Item {
  text: string
  /** Left edge and top edge, in PDF units (1/72 in), y from the page's top. */
  x: number
  top: number
  w: number
  /** The glyphs' height: the font size as drawn. */
  h: number
}

export interface Page {
  /** 1-based page number. */
  number: number
  width: number
  height: number
  items: Item[]
  /** The page's ruling lines (table borders); empty where the page was not read for them. */
  rules?: Rule[]
}

export const right = (b: { x: number; w: number }) => b.x + b.w
export const bottom = (b: { top: number; h: number }) => b.top + b.h

/** Han characters, CJK punctuation and full-width forms: around them a space is layout, never content. */
export const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/

/**
 * PDF.js invents a space where glyphs stand apart (`2024 年`, `商 业 企`); a Chinese report holds no space
 * beside a Han character or full-width mark, so those are dropped. Spaces between Latin letters or digits stay.
 */
export function dropLayoutSpaces(text: string): string {
  return text.replace(/[ \u00a0\u3000]+/g, (run, at: number, whole: string) => {
    const before = whole[at - 1] ?? ''
    const after = whole[at + run.length] ?? ''
    return before === '' || after === '' || CJK.test(before) || CJK.test(after) ? '' : ' '
  })
}

/** Two pieces of one line or one cell joined as a reader reads them: nothing beside a Han character, else a space. */
export function joinPieces(left: string, rightText: string, gap: number, height: number): string {
  if (left === '') return rightText
  if (rightText === '') return left
  const a = left[left.length - 1] ?? ''
  const b = rightText[0] ?? ''
  if (CJK.test(a) || CJK.test(b)) return left + rightText
  return gap > height * 0.2 ? `${left} ${rightText}` : left + rightText
}
