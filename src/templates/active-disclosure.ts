import type { TableTemplate } from './types.ts'

/** 二、主动公开政府信息情况, 2021 format: 本年制发件数 / 本年废止件数 / 现行有效件数, then decisions. */
export const ACTIVE_DISCLOSURE_2021: TableTemplate = {
  table: 'activeDisclosure',
  versions: ['2021'],
  rows: [
    { path: 'activeDisclosure.regulations', label: /规章/, columns: ['issued', 'repealed', 'inForce'] },
    { path: 'activeDisclosure.normativeDocuments', label: /规范性文件/, columns: ['issued', 'repealed', 'inForce'] },
    { path: 'activeDisclosure.administrativeLicensing', label: /行政许可/, columns: ['decisions'] },
    { path: 'activeDisclosure.administrativePunishment', label: /行政处罚/, columns: ['decisions'] },
    { path: 'activeDisclosure.administrativeCoercion', label: /行政强制/, columns: ['decisions'] },
    { path: 'activeDisclosure.administrativeFees', label: /行政事业性收费/, columns: ['amount'], decimals: ['amount'] },
  ],
}

/** 二、主动公开政府信息情况, 2019 format: 本年新制作数量 / 本年新公开数量 / 对外公开总数量, then items. */
export const ACTIVE_DISCLOSURE_2019: TableTemplate = {
  table: 'activeDisclosure',
  versions: ['2019'],
  rows: [
    { path: 'activeDisclosure.regulations', label: /规章/, columns: ['produced', 'published', 'totalPublished'] },
    { path: 'activeDisclosure.normativeDocuments', label: /规范性文件/, columns: ['produced', 'published', 'totalPublished'] },
    { path: 'activeDisclosure.administrativeLicensing', label: /行政许可/, columns: ['previousYearItems', 'change', 'decisions'] },
    { path: 'activeDisclosure.otherExternalServices', label: /其他对外管理服务事项/, columns: ['previousYearItems', 'change', 'decisions'] },
    { path: 'activeDisclosure.administrativePunishment', label: /行政处罚/, columns: ['previousYearItems', 'change', 'decisions'] },
    { path: 'activeDisclosure.administrativeCoercion', label: /行政强制/, columns: ['previousYearItems', 'change', 'decisions'] },
    { path: 'activeDisclosure.administrativeFees', label: /行政事业性收费/, columns: ['previousYearItems', 'change'] },
    {
      path: 'activeDisclosure.centralizedProcurement',
      label: /政府集中采购/,
      columns: ['projects', 'amount'],
      decimals: ['amount'],
      unit: { column: 'amount', key: 'amountUnit' },
    },
  ],
}
