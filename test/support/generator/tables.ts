import type { LCell, LRow, LTable } from './doc.ts'
import * as L from './labels.ts'
import { printValue } from './print.ts'
import type { Random } from './random.ts'
import { APPLICANTS, GROUPS, OUTCOMES, activeRows, resultRows, type Numbers, type Value } from './values.ts'

/**
 * The three standard tables as an official page lays them out: rowspan/colspan headers, groups of rows
 * under one spanning cell. Labels drawn from every variant of SPEC §2.
 */

export interface TableOptions {
  /** The shape keeps empty cells (HTML, tabs, Markdown), so a blank may be printed as nothing. */
  allowEmpty: boolean
  /** 三、本年度办理结果: a cell spanning the result rows, or a row of its own above them. */
  resultsLabel: 'span' | 'own-line'
  /** A crawler's glued dump: plain digits only, every cell filled (a blank would vanish without a trace). */
  glued?: boolean
  /** In a glued dump, signed figures keep their sign: `-3`, and `+3` now and then. */
  gluedSigns?: boolean
}

export interface Tables {
  tables: LTable[]
  /** The unit printed with each amount (`centralizedProcurement.amountUnit`). */
  units: Map<string, string | null>
}

export function buildTables(r: Random, version: L.Version, numbers: Numbers, options: TableOptions): Tables {
  const units = new Map<string, string | null>()
  const v = (path: string, colspan = 1): LCell => {
    const cell = numbers.cells.get(path)
    if (!cell) throw new Error(`no cell ${path}`)
    const printed = options.glued ? { text: gluedText(r, cell, options.gluedSigns === true), unit: null } : printValue(r, cell.kind, cell.value, options.allowEmpty)
    if (cell.kind === 'amount') units.set(path, printed.unit)
    return { text: printed.text, value: true, ...(colspan > 1 ? { colspan } : {}) }
  }
  const h = (text: string, colspan = 1, rowspan = 1): LCell => ({ text, ...(colspan > 1 ? { colspan } : {}), ...(rowspan > 1 ? { rowspan } : {}) })
  return { tables: [activeTable(r, version, v, h), applicationsTable(r, version, v, h, options), reviewTable(r, v, h)], units }
}

function gluedText(r: Random, cell: Value, signs: boolean): string {
  const plus = signs && cell.kind === 'signed' && (cell.value ?? 0) > 0 && r.bool(0.4)
  return `${plus ? '+' : ''}${cell.value}`
}

type V = (path: string, colspan?: number) => LCell
type H = (text: string, colspan?: number, rowspan?: number) => LCell

function activeTable(r: Random, version: L.Version, v: V, h: H): LTable {
  const headers = L.activeHeaders(r, version)
  const rows: LRow[] = []
  const byPath = new Map(activeRows(version).map((row) => [row.path, row]))
  const dataRow = (path: string, label: string, width: number) => {
    const spec = byPath.get(path)
    if (!spec) throw new Error(path)
    const cells = spec.cells.map(([key]) => v(`${path}.${key}`))
    // A row with fewer values than the table is wide: the last value spans the rest.
    const last = cells.at(-1)
    if (last && cells.length < width) last.colspan = width - cells.length + 1
    rows.push({ cells: [h(label), ...cells] })
  }
  const group = (item: string, columns: string[], width = 3) => {
    rows.push({ cells: [h(`第二十条第${r.pick([`（${item}）`, `(${item})`])}项`, width + 1)], header: true })
    const cols = columns.map((c) => h(c))
    const last = cols.at(-1)
    if (last && cols.length < width) last.colspan = width - cols.length + 1
    rows.push({ cells: [h('信息内容'), ...cols], header: true })
  }
  const normative = r.pick(L.NORMATIVE)
  if ('fees' in headers) {
    group('一', headers.docs)
    dataRow('activeDisclosure.regulations', '规章', 3)
    dataRow('activeDisclosure.normativeDocuments', normative, 3)
    group('五', [headers.decisions])
    dataRow('activeDisclosure.administrativeLicensing', '行政许可', 3)
    group('六', [headers.decisions])
    dataRow('activeDisclosure.administrativePunishment', '行政处罚', 3)
    dataRow('activeDisclosure.administrativeCoercion', '行政强制', 3)
    group('八', [headers.fees])
    dataRow('activeDisclosure.administrativeFees', '行政事业性收费', 3)
  } else {
    group('一', headers.docs)
    dataRow('activeDisclosure.regulations', '规章', 3)
    dataRow('activeDisclosure.normativeDocuments', normative, 3)
    group('五', headers.items)
    dataRow('activeDisclosure.administrativeLicensing', '行政许可', 3)
    dataRow('activeDisclosure.otherExternalServices', '其他对外管理服务事项', 3)
    group('六', headers.items)
    dataRow('activeDisclosure.administrativePunishment', '行政处罚', 3)
    dataRow('activeDisclosure.administrativeCoercion', '行政强制', 3)
    group('八', headers.items.slice(0, 2))
    dataRow('activeDisclosure.administrativeFees', '行政事业性收费', 3)
    group('九', headers.procurement)
    dataRow('activeDisclosure.centralizedProcurement', '政府集中采购', 3)
  }
  return { id: 'activeDisclosure', rows, headerRows: 0 }
}

/** Labels of the result groups and their items, as printed, per version. */
function resultLabels(r: Random, version: L.Version): { group: string; items: string[] }[] {
  const g = (n: string, text: string) => L.groupNumber(r, n) + text
  const i = (n: number, text: string) => L.itemNumber(r, n) + text
  const comma = r.pick(L.SUB_ROW_COMMA)
  return [
    { group: g('一', '予以公开'), items: [] },
    { group: g('二', r.pick(['部分公开（区分处理的，只计这一情形，不计其他情形）', '部分公开'])), items: [] },
    {
      group: g('三', '不予公开'),
      items: [
        i(1, '属于国家秘密'), i(2, '其他法律行政法规禁止公开'), i(3, r.pick(L.THREE_SECURITIES)), i(4, '保护第三方合法权益'),
        i(5, '属于三类内部事务信息'), i(6, '属于四类过程性信息'), i(7, '属于行政执法案卷'), i(8, '属于行政查询事项'),
      ],
    },
    { group: g('四', '无法提供'), items: [i(1, '本机关不掌握相关政府信息'), i(2, r.pick(L.NEEDS_CREATION)), i(3, '补正后申请内容仍不明确')] },
    {
      group: g('五', '不予处理'),
      items: [i(1, '信访举报投诉类申请'), i(2, '重复申请'), i(3, '要求提供公开出版物'), i(4, '无正当理由大量反复申请'), i(5, '要求行政机关确认或重新出具已获取信息')],
    },
    {
      group: g('六', '其他处理'),
      items:
        version === '2021'
          ? [
              i(1, `申请人无正当理由逾期不补正${comma}行政机关不再处理其政府信息公开申请`),
              i(2, `申请人逾期未按收费通知要求缴纳费用${comma}行政机关不再处理其政府信息公开申请`),
              i(3, '其他'),
            ]
          : [],
    },
  ]
}

function applicationsTable(r: Random, version: L.Version, v: V, h: H, options: TableOptions): LTable {
  const A = 'applications.rows'
  const values = (row: string) => [...APPLICANTS, 'total'].map((col) => v(`${A}.${row}.${col}`))
  const rows: LRow[] = [
    { cells: [h(r.pick(['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况']), 3, 3), h('申请人情况', 7)], header: true },
    { cells: [h('自然人', 1, 2), h('法人或其他组织', 5), h('总计', 1, 2)], header: true },
    { cells: ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((t) => h(t)), header: true },
    { cells: [h('一、本年新收政府信息公开申请数量', 3), ...values('newlyReceived')] },
    { cells: [h('二、上年结转政府信息公开申请数量', 3), ...values('carriedOver')] },
  ]
  const paths = resultRows(version)
  const groups = resultLabels(r, version)
  const resultLines = groups.reduce((n, g) => n + Math.max(1, g.items.length), 0) + 1
  const resultsHead = '三、本年度办理结果'
  let first = true
  if (options.resultsLabel === 'own-line') rows.push({ cells: [h(resultsHead, 10)] })
  let k = 0
  const lead = (): LCell[] => {
    if (options.resultsLabel !== 'span' || !first) return []
    first = false
    return [h(resultsHead, 1, resultLines)]
  }
  for (const group of groups) {
    if (group.items.length === 0) {
      rows.push({ cells: [...lead(), h(group.group, options.resultsLabel === 'span' ? 2 : 3), ...values(`results.${paths[k++]}`)] })
      continue
    }
    group.items.forEach((item, n) => {
      const groupCell = n === 0 ? [h(group.group, options.resultsLabel === 'span' ? 1 : 2, group.items.length)] : []
      rows.push({ cells: [...lead(), ...groupCell, h(item), ...values(`results.${paths[k++]}`)] })
    })
  }
  rows.push({ cells: [...lead(), h(r.pick(L.RESULTS_TOTAL), options.resultsLabel === 'span' ? 2 : 3), ...values('results.total')] })
  rows.push({ cells: [h(`四、${r.pick(L.CARRIED_FORWARD)}`, 3), ...values('carriedForward')] })
  return { id: 'applications', rows, headerRows: 3 }
}

function reviewTable(r: Random, v: V, h: H): LTable {
  const H = L.REVIEW_HEADERS
  const outcomes = () => [r.pick(H.upheld), r.pick(H.corrected), r.pick(H.other), r.pick(H.pending), r.pick(H.total)]
  return {
    id: 'reviewLitigation',
    headerRows: 3,
    rows: [
      { cells: [h('行政复议', 5), h('行政诉讼', 10)], header: true },
      { cells: [...outcomes().map((t) => h(t, 1, 2)), h(r.pick(H.withoutReview), 5), h(r.pick(H.afterReview), 5)], header: true },
      { cells: [...outcomes(), ...outcomes()].map((t) => h(t)), header: true },
      { cells: GROUPS.flatMap((g) => [...OUTCOMES, 'total'].map((o) => v(`reviewLitigation.${g}.${o}`))) },
    ],
  }
}
