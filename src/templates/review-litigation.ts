import { OUTCOME_COLUMNS } from '../schema/cells.ts'
import type { TableTemplate } from './types.ts'

const GROUPS = ['administrativeReview', 'litigationWithoutReview', 'litigationAfterReview'] as const

/**
 * 四、政府信息公开行政复议、行政诉讼情况: three header rows, then fifteen values in one run —
 * 行政复议 (5), 行政诉讼 未经复议直接起诉 (5), 复议后起诉 (5), each 结果维持 / 结果纠正 / 其他结果 / 尚未审结 / 总计.
 */
export const REVIEW_LITIGATION: TableTemplate = {
  table: 'reviewLitigation',
  versions: ['2019', '2021'],
  rows: [
    {
      path: 'reviewLitigation',
      label: null,
      columns: GROUPS.flatMap((group) => OUTCOME_COLUMNS.map((column) => `${group}.${column}`)),
    },
  ],
}
