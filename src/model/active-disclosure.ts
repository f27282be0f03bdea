import type { ColumnModel, RowModel, TableModel } from './types.ts'

/** 二、主动公开政府信息情况: blocks of rows under the provisions of Article 20, each block with its own header. */

const count = (key: string, label: string): ColumnModel => ({ key, label, kind: 'count' })
const AD = 'activeDisclosure'

function row(key: string, label: string, provision: string, columns: readonly ColumnModel[], variants: string[] = []): RowModel {
  return { path: `${AD}.${key}`, numbering: '', label, variants, provision, columns }
}

const P1 = '第二十条第（一）项'
const P5 = '第二十条第（五）项'
const P6 = '第二十条第（六）项'
const P8 = '第二十条第（八）项'
const P9 = '第二十条第（九）项'

/** 2021 (国办公开办函〔2021〕30号): 本年制发件数 / 本年废止件数 / 现行有效件数, then decisions and fees. */
const DOCUMENTS_2021 = [count('issued', '本年制发件数'), count('repealed', '本年废止件数'), count('inForce', '现行有效件数')]
const DECISIONS_2021 = [count('decisions', '本年处理决定数量')]
const FEES_2021: ColumnModel[] = [{ key: 'amount', label: '本年收费金额（单位：万元）', kind: 'amount', headerUnit: '万元' }]

export const ACTIVE_DISCLOSURE_2021: TableModel = {
  key: 'activeDisclosure',
  section: '二、主动公开政府信息情况',
  header: ['信息内容'],
  groups: [P1, P5, P6, P8],
  rows: [
    row('regulations', '规章', P1, DOCUMENTS_2021),
    row('normativeDocuments', '行政规范性文件', P1, DOCUMENTS_2021, ['规范性文件']),
    row('administrativeLicensing', '行政许可', P5, DECISIONS_2021),
    row('administrativePunishment', '行政处罚', P6, DECISIONS_2021),
    row('administrativeCoercion', '行政强制', P6, DECISIONS_2021),
    row('administrativeFees', '行政事业性收费', P8, FEES_2021),
  ],
  rules: [],
}

/** 2019: 本年新制作数量 / 本年新公开数量 / 对外公开总数量, then items (上一年项目数量 / 本年增/减 / 处理决定数量). */
const DOCUMENTS_2019 = [count('produced', '本年新制作数量'), count('published', '本年新公开数量'), count('totalPublished', '对外公开总数量')]
const ITEMS_2019: ColumnModel[] = [count('previousYearItems', '上一年项目数量'), { key: 'change', label: '本年增/减', kind: 'signed' }, count('decisions', '处理决定数量')]
const FEES_2019: ColumnModel[] = [count('previousYearItems', '上一年项目数量'), { key: 'change', label: '本年增/减', kind: 'signed' }]
const PROCUREMENT_2019: ColumnModel[] = [count('projects', '采购项目数量'), { key: 'amount', label: '采购总金额', kind: 'amount', unitKey: 'amountUnit' }]

export const ACTIVE_DISCLOSURE_2019: TableModel = {
  key: 'activeDisclosure',
  section: '二、主动公开政府信息情况',
  header: ['信息内容'],
  groups: [P1, P5, P6, P8, P9],
  rows: [
    row('regulations', '规章', P1, DOCUMENTS_2019),
    row('normativeDocuments', '规范性文件', P1, DOCUMENTS_2019, ['行政规范性文件']),
    row('administrativeLicensing', '行政许可', P5, ITEMS_2019),
    row('otherExternalServices', '其他对外管理服务事项', P5, ITEMS_2019),
    row('administrativePunishment', '行政处罚', P6, ITEMS_2019),
    row('administrativeCoercion', '行政强制', P6, ITEMS_2019),
    row('administrativeFees', '行政事业性收费', P8, FEES_2019),
    row('centralizedProcurement', '政府集中采购', P9, PROCUREMENT_2019),
  ],
  rules: [],
}
