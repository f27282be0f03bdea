import type { ColumnModel, RowModel, TableModel } from './types.ts'

/** 三、收到和处理政府信息公开申请情况: seven applicant columns, the rows in the format's fixed order. */

const LEGAL_PERSONS = '法人或其他组织'

/** The seven applicant columns, in the report's own order (SPEC §3.3). */
export const APPLICANT_COLUMNS: readonly ColumnModel[] = [
  { key: 'naturalPerson', label: '自然人', kind: 'count' },
  { key: 'commercialEnterprise', label: '商业企业', kind: 'count', group: LEGAL_PERSONS },
  { key: 'researchInstitution', label: '科研机构', kind: 'count', group: LEGAL_PERSONS },
  { key: 'socialWelfareOrganization', label: '社会公益组织', kind: 'count', group: LEGAL_PERSONS },
  { key: 'legalServiceAgency', label: '法律服务机构', kind: 'count', group: LEGAL_PERSONS },
  { key: 'otherOrganization', label: '其他', kind: 'count', group: LEGAL_PERSONS },
  { key: 'total', label: '总计', kind: 'count' },
]

const ROWS = 'applications.rows'
const RESULTS = `${ROWS}.results`
const OUTCOMES = '三、本年度办理结果'

function row(path: string, numbering: string, label: string, group?: string, variants: string[] = []): RowModel {
  return { path, numbering, label, variants, columns: APPLICANT_COLUMNS, ...(group ? { group } : {}) }
}

/** Numbered sub-rows of a group: `[key, label, variants?]` each, numbered 1. 2. 3. as the format prints them. */
function items(key: string, group: string, labels: readonly (readonly [string, string, string[]?])[]): RowModel[] {
  return labels.map(([name, label, variants = []], i) => row(`${RESULTS}.${key}.${name}`, `${i + 1}.`, label, group, variants))
}

const NOT_DISCLOSED = '（三）不予公开'
const UNABLE = '（四）无法提供'
const NOT_PROCESSED = '（五）不予处理'
const OTHER_HANDLING = '（六）其他处理'

const HEAD: RowModel[] = [
  row(`${ROWS}.newlyReceived`, '一、', '本年新收政府信息公开申请数量'),
  row(`${ROWS}.carriedOver`, '二、', '上年结转政府信息公开申请数量'),
  row(`${RESULTS}.disclosed`, '（一）', '予以公开', OUTCOMES),
  row(`${RESULTS}.partiallyDisclosed`, '（二）', '部分公开（区分处理的，只计这一情形，不计其他情形）', OUTCOMES),
  ...items('notDisclosed', NOT_DISCLOSED, [
    ['stateSecret', '属于国家秘密'],
    ['prohibitedByLaw', '其他法律行政法规禁止公开'],
    ['threeSecuritiesOneStability', '危及“三安全一稳定”'],
    ['thirdPartyRights', '保护第三方合法权益'],
    ['internalAffairs', '属于三类内部事务信息'],
    ['processInformation', '属于四类过程性信息'],
    ['lawEnforcementFiles', '属于行政执法案卷'],
    ['administrativeQuery', '属于行政查询事项'],
  ]),
]

function tail(needsCreation: string, needsCreationVariant: string): RowModel[] {
  return [
    ...items('unableToProvide', UNABLE, [
      ['notHeld', '本机关不掌握相关政府信息'],
      ['needsCreation', needsCreation, [needsCreationVariant]],
      ['stillUnclear', '补正后申请内容仍不明确'],
    ]),
    ...items('notProcessed', NOT_PROCESSED, [
      ['petitionOrComplaint', '信访举报投诉类申请'],
      ['repeated', '重复申请'],
      ['publication', '要求提供公开出版物'],
      ['excessiveRepeated', '无正当理由大量反复申请'],
      ['confirmationRequest', '要求行政机关确认或重新出具已获取信息'],
    ]),
  ]
}

const TOTAL = row(`${RESULTS}.total`, '（七）', '总计', OUTCOMES, ['合计'])
const CARRIED_FORWARD = row(`${ROWS}.carriedForward`, '四、', '结转下年度继续办理', undefined, ['结转下一年度继续办理', '结转下一年继续办理'])

const HEADER = ['申请人情况', '自然人', LEGAL_PERSONS, '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）']

const column = (c: ColumnModel) => c.label
const RULES: TableModel['rules'] = [
  { kind: 'rowTotal', id: 'applications.rowTotal', rule: () => `总计 = ${APPLICANT_COLUMNS.filter((c) => c.key !== 'total').map(column).join(' + ')}` },
  { kind: 'sumOfRows', id: 'applications.resultsTotal', total: `${RESULTS}.total`, partsUnder: `${RESULTS}.`, rule: (c) => `三(七)总计 = 三(一)至(六)之和 [${c.label}]` },
  {
    kind: 'balance',
    id: 'applications.balance',
    left: [`${ROWS}.newlyReceived`, `${ROWS}.carriedOver`],
    right: [`${RESULTS}.total`, `${ROWS}.carriedForward`],
    rule: (c) => `一 + 二 = 三(七) + 四 [${c.label}]`,
  },
]

/** 2021: （六）其他处理 has three sub-rows. */
export const APPLICATIONS_2021: TableModel = {
  key: 'applications',
  section: '三、收到和处理政府信息公开申请情况',
  header: HEADER,
  groups: [OUTCOMES, NOT_DISCLOSED, UNABLE, NOT_PROCESSED, OTHER_HANDLING],
  rows: [
    ...HEAD,
    ...tail('没有现成信息需要另行制作', '没有现成信息需另行制作'),
    ...items('otherHandling', OTHER_HANDLING, [
      ['overdueCorrection', '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
      ['overdueFee', '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
      ['other', '其他'],
    ]),
    TOTAL,
    CARRIED_FORWARD,
  ],
  rules: RULES,
}

/** 2019: （六）其他处理 is one row; 没有现成信息需另行制作. */
export const APPLICATIONS_2019: TableModel = {
  key: 'applications',
  section: '三、收到和处理政府信息公开申请情况',
  header: HEADER,
  groups: [OUTCOMES, NOT_DISCLOSED, UNABLE, NOT_PROCESSED],
  rows: [...HEAD, ...tail('没有现成信息需另行制作', '没有现成信息需要另行制作'), row(`${RESULTS}.otherHandling`, '（六）', '其他处理', OUTCOMES), TOTAL, CARRIED_FORWARD],
  rules: RULES,
}
