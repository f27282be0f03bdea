// @ts-check
/**
 * 三、收到和处理政府信息公开申请情况 as the national format prints it (SPEC §3.3): a three-row header that
 * spans 申请人情况 over 自然人 / 法人或其他组织 (five) / 总计, then the rows, with 三、本年度办理结果 spanning
 * its result rows and （三）（四）（五） spanning their numbered sub-rows. The versions differ in （六）其他处理:
 * one row in 2019, three sub-rows in 2021 — and in one label (2019: 没有现成信息需另行制作).
 */

/** @typedef {import('./layout-types.js').Cell} Cell */
/** @typedef {import('./layout-types.js').TableLayout} TableLayout */

/** The seven applicant columns, in the report's order, with the label a cell is named by. */
export const APPLICANT_COLUMNS = [
  ['naturalPerson', '自然人'],
  ['commercialEnterprise', '商业企业'],
  ['researchInstitution', '科研机构'],
  ['socialWelfareOrganization', '社会公益组织'],
  ['legalServiceAgency', '法律服务机构'],
  ['otherOrganization', '其他'],
  ['total', '总计'],
]

const ROWS = 'applications.rows'
const RESULTS = `${ROWS}.results`

/**
 * The seven value cells of one row.
 * @param {string} path
 * @param {string} label
 * @returns {Cell[]}
 */
function values(path, label) {
  return APPLICANT_COLUMNS.map(([key, column]) => ({ path: `${path}.${key}`, label: `${label} · ${column}` }))
}

/**
 * A group such as （三）不予公开: its label spans its numbered sub-rows.
 * @param {string} title
 * @param {string} key
 * @param {[string, string][]} items
 * @returns {Cell[][]}
 */
function group(title, key, items) {
  return items.map(([item, label], i) => [
    ...(i === 0 ? [{ th: title, rowspan: items.length, scope: /** @type {const} */ ('rowgroup') }] : []),
    { th: label, scope: /** @type {const} */ ('row'), className: 'row-label' },
    ...values(`${RESULTS}.${key}.${item}`, `${title} ${label}`),
  ])
}

/**
 * A result row without sub-rows: its label spans the two label columns.
 * @param {string} key
 * @param {string} label
 * @returns {Cell[]}
 */
function single(key, label) {
  return [{ th: label, colspan: 2, scope: 'row', className: 'row-label' }, ...values(`${RESULTS}.${key}`, label)]
}

const HEAD = [
  [
    { th: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', colspan: 3, rowspan: 3, className: 'note' },
    { th: '申请人情况', colspan: 7, scope: /** @type {const} */ ('colgroup') },
  ],
  [
    { th: '自然人', rowspan: 2, scope: /** @type {const} */ ('col') },
    { th: '法人或其他组织', colspan: 5, scope: /** @type {const} */ ('colgroup') },
    { th: '总计', rowspan: 2, scope: /** @type {const} */ ('col') },
  ],
  ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((th) => ({ th, scope: /** @type {const} */ ('col') })),
]

/**
 * @param {'2019' | '2021'} version
 * @returns {TableLayout}
 */
function applications(version) {
  /** @type {Cell[][]} */
  const otherHandling =
    version === '2021'
      ? group('（六）其他处理', 'otherHandling', [
          ['overdueCorrection', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
          ['overdueFee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
          ['other', '3.其他'],
        ])
      : [single('otherHandling', '（六）其他处理')]
  /** @type {Cell[][]} */
  const results = [
    single('disclosed', '（一）予以公开'),
    single('partiallyDisclosed', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'),
    ...group('（三）不予公开', 'notDisclosed', [
      ['stateSecret', '1.属于国家秘密'],
      ['prohibitedByLaw', '2.其他法律行政法规禁止公开'],
      ['threeSecuritiesOneStability', '3.危及“三安全一稳定”'],
      ['thirdPartyRights', '4.保护第三方合法权益'],
      ['internalAffairs', '5.属于三类内部事务信息'],
      ['processInformation', '6.属于四类过程性信息'],
      ['lawEnforcementFiles', '7.属于行政执法案卷'],
      ['administrativeQuery', '8.属于行政查询事项'],
    ]),
    ...group('（四）无法提供', 'unableToProvide', [
      ['notHeld', '1.本机关不掌握相关政府信息'],
      ['needsCreation', version === '2021' ? '2.没有现成信息需要另行制作' : '2.没有现成信息需另行制作'],
      ['stillUnclear', '3.补正后申请内容仍不明确'],
    ]),
    ...group('（五）不予处理', 'notProcessed', [
      ['petitionOrComplaint', '1.信访举报投诉类申请'],
      ['repeated', '2.重复申请'],
      ['publication', '3.要求提供公开出版物'],
      ['excessiveRepeated', '4.无正当理由大量反复申请'],
      ['confirmationRequest', '5.要求行政机关确认或重新出具已获取信息'],
    ]),
    ...otherHandling,
    single('total', '（七）总计'),
  ]
  const first = results[0] ?? []
  results[0] = [{ th: '三、本年度办理结果', rowspan: results.length, scope: 'rowgroup' }, ...first]
  return {
    key: 'applications',
    caption: '三、收到和处理政府信息公开申请情况',
    head: HEAD,
    body: [
      [{ th: '一、本年新收政府信息公开申请数量', colspan: 3, scope: 'row', className: 'row-label' }, ...values(`${ROWS}.newlyReceived`, '一、本年新收政府信息公开申请数量')],
      [{ th: '二、上年结转政府信息公开申请数量', colspan: 3, scope: 'row', className: 'row-label' }, ...values(`${ROWS}.carriedOver`, '二、上年结转政府信息公开申请数量')],
      ...results,
      [{ th: '四、结转下年度继续办理', colspan: 3, scope: 'row', className: 'row-label' }, ...values(`${ROWS}.carriedForward`, '四、结转下年度继续办理')],
    ],
  }
}

export const APPLICATIONS_2019 = applications('2019')
export const APPLICATIONS_2021 = applications('2021')
