// @ts-check
/**
 * 四、政府信息公开行政复议、行政诉讼情况 (SPEC §3.4), the same in both versions, from the model (model.js): its
 * rows stand side by side under the header — 行政复议 (five columns) and 行政诉讼 split into 未经复议直接起诉 and
 * 复议后起诉 (five each) — so the table prints one row of fifteen numbers.
 */
import { MODELS, valueCell } from './layout-model.js'

/** @typedef {import('./layout-types.js').TableLayout} TableLayout */

const TABLE = MODELS['2021'].reviewLitigation

/** @type {TableLayout} */
export const REVIEW_LITIGATION = {
  key: TABLE.key,
  caption: TABLE.caption,
  head: TABLE.blocks.flatMap((b) => b.head),
  body: [TABLE.blocks.flatMap((b) => b.rows).flatMap((row) => row.columns.map((c) => valueCell(row, c)))],
}
