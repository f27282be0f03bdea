// @ts-check
/**
 * 二、主动公开政府信息情况 in both format versions (SPEC §3.1, §3.2), from the model (model.js): a block per
 * provision of Article 20, its title across the table, then 信息内容 and its own column labels, then its rows.
 * The table is as wide as the widest block; a block with fewer values spans its last one over the rest.
 */
import { MODELS, valueCell } from './layout-model.js'

/** @typedef {import('./layout-types.js').Cell} Cell */
/** @typedef {import('./layout-types.js').TableLayout} TableLayout */
/** @typedef {import('./model.js').PageTable} PageTable */

/**
 * @param {PageTable} table
 * @returns {TableLayout}
 */
function activeDisclosure(table) {
  const width = 1 + table.width
  /** @param {number} index @param {number} count */
  const span = (index, count) => (index === count - 1 ? width - count : 1)
  /** @type {Cell[][]} */
  const body = []
  for (const block of table.blocks) {
    const labels = block.head[block.head.length - 1] ?? []
    body.push([{ th: block.title ?? '', colspan: width, scope: 'colgroup', className: 'section' }])
    body.push([
      ...table.corner.map((th) => ({ th, scope: /** @type {const} */ ('col') })),
      ...labels.map((c, i) => ({ th: c.th, colspan: span(i, labels.length), scope: c.scope })),
    ])
    for (const row of block.rows) {
      body.push([
        { th: `${row.numbering}${row.label}`, scope: 'row', className: 'row-label' },
        ...row.columns.map((c, i) => valueCell(row, c, span(i, row.columns.length))),
      ])
    }
  }
  return { key: table.key, caption: table.caption, head: [], body }
}

export const ACTIVE_DISCLOSURE_2021 = activeDisclosure(MODELS['2021'].activeDisclosure)
export const ACTIVE_DISCLOSURE_2019 = activeDisclosure(MODELS['2019'].activeDisclosure)
