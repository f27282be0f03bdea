import { halfWidth } from '../normalize/fold.ts'
import { holdsDigit } from './label-figures.ts'

/**
 * A row's label piece holding a word of figures past its first word (`1、本机关不掌握相 — 0 0 0 0 213 关政府信息`: a
 * viewer set the row's figures between the two lines of its wrapped label, and the text kept the line as one piece).
 * The label places its row, but the figures in it fill no cell: the row may then have taken the figures that stand
 * after it — the next row's, whose label the piece may have hidden too (17501: 不掌握's row read 没有现成信息's
 * `1，014 ０ 0 ０ １８ ０ —`, every total blank). Words stand on both sides of the figures: a label's numbering
 * (`1 `) may stand alone first, and a piece ending in a figure is a wrapped figure's piece, weighed by its row's
 * arithmetic (label-figures.ts).
 */
/** A figure ending the piece: label-figures.ts's wrapped piece. */
const ENDS_IN_FIGURE = /\d[\d,，]*$/
/** A word of figures with more words after it. */
const INNER_FIGURE_WORD = /\s\d[\d,，]*\s/

export function labelHoldsFigures(text: string): boolean {
  if (!holdsDigit(text)) return false
  const t = halfWidth(text).trim()
  return !ENDS_IN_FIGURE.test(t) && INNER_FIGURE_WORD.test(t)
}
