import { APPLICANT_COLUMNS } from '../schema/cells.ts'
import type { RowTemplate, TableTemplate } from './types.ts'

const ROWS = 'applications.rows'
const RESULTS = `${ROWS}.results`

function row(path: string, label: RegExp): RowTemplate {
  return { path, label, columns: APPLICANT_COLUMNS }
}

/** 三 up to （五）不予处理: the same rows in both versions. */
const COMMON_HEAD: RowTemplate[] = [
  row(`${ROWS}.newlyReceived`, /本年新收政府信息公开申请数量/),
  row(`${ROWS}.carriedOver`, /上年结转政府信息公开申请数量/),
  row(`${RESULTS}.disclosed`, /予以公开/),
  row(`${RESULTS}.partiallyDisclosed`, /部分公开/),
  row(`${RESULTS}.notDisclosed.stateSecret`, /国家秘密/),
  row(`${RESULTS}.notDisclosed.prohibitedByLaw`, /法律行政法规禁止公开/),
  row(`${RESULTS}.notDisclosed.threeSecuritiesOneStability`, /危及三安全一稳定/),
  row(`${RESULTS}.notDisclosed.thirdPartyRights`, /保护第三方合法权益/),
  row(`${RESULTS}.notDisclosed.internalAffairs`, /三类内部事务信息/),
  row(`${RESULTS}.notDisclosed.processInformation`, /四类过程性信息/),
  row(`${RESULTS}.notDisclosed.lawEnforcementFiles`, /行政执法案卷/),
  row(`${RESULTS}.notDisclosed.administrativeQuery`, /行政查询事项/),
  row(`${RESULTS}.unableToProvide.notHeld`, /不掌握相关政府信息/),
  row(`${RESULTS}.unableToProvide.needsCreation`, /没有现成信息需要?另行制作/),
  row(`${RESULTS}.unableToProvide.stillUnclear`, /补正后申请内容仍不明确/),
  row(`${RESULTS}.notProcessed.petitionOrComplaint`, /信访举报投诉类申请/),
  row(`${RESULTS}.notProcessed.repeated`, /重复申请/),
  row(`${RESULTS}.notProcessed.publication`, /要求提供公开出版物/),
  row(`${RESULTS}.notProcessed.excessiveRepeated`, /无正当理由大量反复申请/),
  row(`${RESULTS}.notProcessed.confirmationRequest`, /要求行政机关确认或重新出具已获取信息/),
]

/** （七）总计 and 四、结转下年度继续办理 (结转下一年度 / 结转下一年 in some reports). */
const COMMON_TAIL: RowTemplate[] = [
  row(`${RESULTS}.total`, /总计|合计/),
  row(`${ROWS}.carriedForward`, /结转下一?年度?继续办理/),
]

/** 2021: （六）其他处理 has three sub-rows. "3.其他" must be the whole cell: 其他 alone is everywhere. */
export const APPLICATIONS_2021: TableTemplate = {
  table: 'applications',
  versions: ['2021'],
  rows: [
    ...COMMON_HEAD,
    row(`${RESULTS}.otherHandling.overdueCorrection`, /逾期不补正/),
    row(`${RESULTS}.otherHandling.overdueFee`, /逾期未按收费通知要求缴纳费用/),
    row(`${RESULTS}.otherHandling.other`, /^(?:\(?3\)?[.、,]?)?其他$/),
    ...COMMON_TAIL,
  ],
}

/** 2019: （六）其他处理 is one row. */
export const APPLICATIONS_2019: TableTemplate = {
  table: 'applications',
  versions: ['2019'],
  rows: [...COMMON_HEAD, row(`${RESULTS}.otherHandling`, /其他处理/), ...COMMON_TAIL],
}
