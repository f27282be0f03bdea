import type { ColumnModel, RowModel, TableModel } from './types.ts'

/**
 * 四、政府信息公开行政复议、行政诉讼情况: three header rows, then one printed row of fifteen values —
 * 行政复议, 行政诉讼 未经复议直接起诉, 复议后起诉, each 结果维持 / 结果纠正 / 其他结果 / 尚未审结 / 总计.
 */
export const OUTCOME_COLUMNS: readonly ColumnModel[] = [
  { key: 'upheld', label: '结果维持', kind: 'count' },
  { key: 'corrected', label: '结果纠正', kind: 'count' },
  { key: 'other', label: '其他结果', kind: 'count' },
  { key: 'pending', label: '尚未审结', kind: 'count' },
  { key: 'total', label: '总计', kind: 'count' },
]

const LITIGATION = '行政诉讼'

function group(key: string, label: string, variants: string[]): RowModel {
  return { path: `reviewLitigation.${key}`, numbering: '', label, variants, columns: OUTCOME_COLUMNS, ...(key === 'administrativeReview' ? {} : { group: LITIGATION }) }
}

export const REVIEW_LITIGATION: TableModel = {
  key: 'reviewLitigation',
  section: '四、政府信息公开行政复议、行政诉讼情况',
  header: ['行政复议', LITIGATION, '未经复议直接起诉', '复议后起诉', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '合计', '未审结'],
  groups: [],
  rows: [
    group('administrativeReview', '行政复议', []),
    group('litigationWithoutReview', '未经复议直接起诉', ['直接起诉', '直接诉讼', '未经复议直接诉讼']),
    group('litigationAfterReview', '复议后起诉', ['复议后诉讼']),
  ],
  inline: true,
  rules: [{ kind: 'rowTotal', id: 'reviewLitigation.total', rule: (row) => `${row.group ? `${row.group} ` : ''}${row.label}: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结` }],
}
