// @ts-check
/**
 * 三、收到和处理政府信息公开申请情况 as the national format prints it (SPEC §3.3), from the model (model.js): the
 * header over the seven applicant columns (申请人情况 over 自然人 / 法人或其他组织 (five) / 总计), the balance
 * note in the corner, then the rows, each group's title (三、本年度办理结果, （三）（四）（五）…) spanning the rows it
 * holds. A row's label fills the label columns its groups leave. The versions differ only in their rows.
 */
import { MODELS, groupCells, valueCell } from './layout-model.js'

/** @typedef {import('./layout-types.js').Cell} Cell */
/** @typedef {import('./layout-types.js').TableLayout} TableLayout */
/** @typedef {import('./model.js').PageTable} PageTable */

/** The seven applicant columns, in the report's order, with the label a cell is named by. */
export const APPLICANT_COLUMNS = (MODELS['2021'].applications.blocks[0]?.rows[0]?.columns ?? []).map((c) => [c.key, c.label])

/**
 * @param {PageTable} table
 * @returns {TableLayout}
 */
function applications(table) {
  const rows = table.blocks.flatMap((b) => b.rows)
  const head = table.blocks[0]?.head ?? []
  const labelColumns = 1 + Math.max(0, ...rows.map((r) => r.depth))
  const corner = table.corner.map((th) => ({ th, colspan: labelColumns, rowspan: head.length, className: 'note' }))
  return {
    key: table.key,
    caption: table.caption,
    head: head.map((cells, i) => [...(i === 0 ? corner : []), ...cells]),
    body: rows.map((row) => {
      const colspan = labelColumns - row.depth
      return [
        ...groupCells(row),
        { th: `${row.numbering}${row.label}`, ...(colspan > 1 ? { colspan } : {}), scope: 'row', className: 'row-label' },
        ...row.columns.map((c) => valueCell(row, c)),
      ]
    }),
  }
}

export const APPLICATIONS_2019 = applications(MODELS['2019'].applications)
export const APPLICATIONS_2021 = applications(MODELS['2021'].applications)
