// @ts-check
/**
 * 二、主动公开政府信息情况 in both format versions (SPEC §3.1, §3.2). The table is four columns wide: 信息内容
 * and three value columns; a section whose rows have fewer values spans the last one over the rest.
 */

/** @typedef {import('./layout-types.js').Cell} Cell */
/** @typedef {import('./layout-types.js').TableLayout} TableLayout */

const WIDTH = 4
const CAPTION = '二、主动公开政府信息情况'

/**
 * @typedef {{ key: string, label: string, format?: 'signed' | 'amount' }} Column
 * @typedef {{ title: string, columns: Column[], rows: [string, string][] }} Section
 */

/**
 * @param {number} index
 * @param {number} count
 */
function span(index, count) {
  return index === count - 1 ? WIDTH - count : 1
}

/**
 * @param {Section[]} sections
 * @returns {Cell[][]}
 */
function rowsOf(sections) {
  /** @type {Cell[][]} */
  const rows = []
  for (const section of sections) {
    rows.push([{ th: section.title, colspan: WIDTH, scope: 'colgroup', className: 'section' }])
    rows.push([
      { th: '信息内容', scope: 'col' },
      ...section.columns.map((c, i) => ({ th: c.label, colspan: span(i, section.columns.length), scope: /** @type {const} */ ('col') })),
    ])
    for (const [key, label] of section.rows) {
      rows.push([
        { th: label, scope: 'row', className: 'row-label' },
        ...section.columns.map((c, i) => ({
          path: `activeDisclosure.${key}.${c.key}`,
          label: `${label} · ${c.label}`,
          colspan: span(i, section.columns.length),
          format: c.format,
        })),
      ])
    }
  }
  return rows
}

const DECISIONS_2021 = [{ key: 'decisions', label: '本年处理决定数量' }]
const DOCUMENTS_2021 = [
  { key: 'issued', label: '本年制发件数' },
  { key: 'repealed', label: '本年废止件数' },
  { key: 'inForce', label: '现行有效件数' },
]

/** @type {TableLayout} */
export const ACTIVE_DISCLOSURE_2021 = {
  key: 'activeDisclosure',
  caption: CAPTION,
  head: [],
  body: rowsOf([
    { title: '第二十条第（一）项', columns: DOCUMENTS_2021, rows: [['regulations', '规章'], ['normativeDocuments', '行政规范性文件']] },
    { title: '第二十条第（五）项', columns: DECISIONS_2021, rows: [['administrativeLicensing', '行政许可']] },
    { title: '第二十条第（六）项', columns: DECISIONS_2021, rows: [['administrativePunishment', '行政处罚'], ['administrativeCoercion', '行政强制']] },
    {
      title: '第二十条第（八）项',
      columns: [{ key: 'amount', label: '本年收费金额（单位：万元）' }],
      rows: [['administrativeFees', '行政事业性收费']],
    },
  ]),
}

const DOCUMENTS_2019 = [
  { key: 'produced', label: '本年新制作数量' },
  { key: 'published', label: '本年新公开数量' },
  { key: 'totalPublished', label: '对外公开总数量' },
]
/** @type {Column[]} */
const ITEMS_2019 = [
  { key: 'previousYearItems', label: '上一年项目数量' },
  { key: 'change', label: '本年增/减', format: 'signed' },
  { key: 'decisions', label: '处理决定数量' },
]

/** @type {TableLayout} */
export const ACTIVE_DISCLOSURE_2019 = {
  key: 'activeDisclosure',
  caption: CAPTION,
  head: [],
  body: rowsOf([
    { title: '第二十条第（一）项', columns: DOCUMENTS_2019, rows: [['regulations', '规章'], ['normativeDocuments', '规范性文件']] },
    { title: '第二十条第（五）项', columns: ITEMS_2019, rows: [['administrativeLicensing', '行政许可'], ['otherExternalServices', '其他对外管理服务事项']] },
    { title: '第二十条第（六）项', columns: ITEMS_2019, rows: [['administrativePunishment', '行政处罚'], ['administrativeCoercion', '行政强制']] },
    { title: '第二十条第（八）项', columns: ITEMS_2019.slice(0, 2), rows: [['administrativeFees', '行政事业性收费']] },
    {
      title: '第二十条第（九）项',
      columns: [
        { key: 'projects', label: '采购项目数量' },
        { key: 'amount', label: '采购总金额', format: 'amount' },
      ],
      rows: [['centralizedProcurement', '政府集中采购']],
    },
  ]),
}
