// @ts-check
/**
 * 四、政府信息公开行政复议、行政诉讼情况 (SPEC §3.4), the same in both versions: 行政复议 (five columns) and
 * 行政诉讼 split into 未经复议直接起诉 and 复议后起诉 (five each), then one row of fifteen numbers.
 */

/** @typedef {import('./layout-types.js').Cell} Cell */
/** @typedef {import('./layout-types.js').TableLayout} TableLayout */

const OUTCOMES = [
  ['upheld', '结果维持'],
  ['corrected', '结果纠正'],
  ['other', '其他结果'],
  ['pending', '尚未审结'],
  ['total', '总计'],
]

const GROUPS = [
  ['administrativeReview', '行政复议'],
  ['litigationWithoutReview', '行政诉讼 未经复议直接起诉'],
  ['litigationAfterReview', '行政诉讼 复议后起诉'],
]

/** @param {number} [rowspan] */
const outcomeHeaders = (rowspan) => OUTCOMES.map(([, th]) => ({ th: th ?? '', rowspan, scope: /** @type {const} */ ('col') }))

/** @type {TableLayout} */
export const REVIEW_LITIGATION = {
  key: 'reviewLitigation',
  caption: '四、政府信息公开行政复议、行政诉讼情况',
  head: [
    [
      { th: '行政复议', colspan: 5, scope: 'colgroup' },
      { th: '行政诉讼', colspan: 10, scope: 'colgroup' },
    ],
    [...outcomeHeaders(2), { th: '未经复议直接起诉', colspan: 5, scope: 'colgroup' }, { th: '复议后起诉', colspan: 5, scope: 'colgroup' }],
    [...outcomeHeaders(), ...outcomeHeaders()],
  ],
  body: [
    GROUPS.flatMap(([group, groupLabel]) =>
      OUTCOMES.map(([key, label]) => ({ path: `reviewLitigation.${group}.${key}`, label: `${groupLabel} · ${label}` })),
    ),
  ],
}
