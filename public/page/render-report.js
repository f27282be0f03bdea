// @ts-check
import { describeCheck } from './check-marks.js'
import { h } from './dom.js'
import { WARNING_LABELS, placeOf } from './warning-labels.js'

/** @typedef {import('../../src/schema/report.ts').ConvertedReport} Report */
/** @typedef {import('../../src/schema/report.ts').Check} Check */
/** @typedef {import('../../src/schema/report.ts').Warning} Warning */

/** Places listed in full under a warning code; more are folded away behind a <details>. */
const PLACES_SHOWN = 6

/**
 * The report's fields (SPEC §3 `report`), each a <dt>/<dd> pair in its own <div>; a missing one says so.
 * @param {Report} report
 * @returns {HTMLElement[]}
 */
export function renderFields(report) {
  const { organ, year, formatVersion, publishedOn } = report.report
  const version = formatVersion === '2021' ? '2021 版（2021 年度起）' : formatVersion === '2019' ? '2019 版（2019、2020 年度）' : null
  /** @type {[string, string, string | null][]} */
  const fields = [
    ['organ', '机关', organ],
    ['year', '年度', year === null ? null : `${year} 年`],
    ['format', '格式版本', version],
    ['date', '发布日期', publishedOn],
  ]
  return fields.map(([key, label, value]) =>
    h('div', { class: 'field' }, h('dt', {}, label), h('dd', { 'data-field': key, class: value === null ? 'absent' : undefined }, value ?? '未找到')),
  )
}

/**
 * One failed check: its rule, both sides with their numbers, and a button that shows its cells.
 * @param {Check} check
 * @param {string} id
 * @param {number} cellCount
 * @param {() => void} show
 * @param {HTMLElement[]} sources links that show where each of its cells was read
 */
function failedItem(check, id, cellCount, show, sources) {
  const { context, sides } = describeCheck(check)
  const button = h('button', { type: 'button', class: 'link-button' }, `在表中标出（${cellCount} 格）`)
  button.addEventListener('click', show)
  return h(
    'li',
    { id, 'data-check': check.id },
    h('p', { class: 'rule' }, check.rule),
    h('p', { class: 'sides' }, h('span', { class: 'side' }, sides[0]), h('span', { class: 'neq', 'aria-label': '不等于' }, '≠'), h('span', { class: 'side' }, sides[1])),
    h('p', { class: 'meta' }, context ? `${context} · ` : '', h('code', {}, check.id), ' ', button),
    sources.length ? h('p', { class: 'sources' }, '出处：', sources) : null,
  )
}

/**
 * The summary line, the list of failed checks, and the checks a blank cell left unverified.
 * @param {Check[]} checks
 * @param {{ check: Check, id: string }[]} failed
 * @param {(check: Check) => number} cellCount
 * @param {(check: Check) => void} show
 * @param {(check: Check) => HTMLElement[]} [sources] links to where each cell of a failed check was read
 */
export function renderChecks(checks, failed, cellCount, show, sources = () => []) {
  const passed = checks.filter((c) => c.status === 'pass').length
  const skipped = checks.filter((c) => c.status === 'skipped').length
  const summary =
    checks.length === 0
      ? '没有可核对的勾稽关系：表格中没有读出数字。'
      : failed.length
        ? `${failed.length} 项不符，${passed} 项相符，${skipped} 项因单元格空白无法核对。`
        : `全部相符：${passed} 项相符，${skipped} 项因单元格空白无法核对。`
  const items = failed.map(({ check, id }) => failedItem(check, id, cellCount(check), () => show(check), sources(check)))
  const unverified = checks.filter((c) => c.status === 'skipped')
  const skippedList = unverified.length
    ? h(
        'details',
        { class: 'skipped' },
        h('summary', {}, `无法核对的 ${unverified.length} 项`),
        h('ul', {}, unverified.map((c) => h('li', { 'data-check': c.id }, c.rule))),
      )
    : null
  return { summary, items, skippedList }
}

/**
 * Warnings grouped by code: what kind, how many, and where (cells named by row and column).
 * @param {Warning[]} warnings
 * @param {Map<string, string>} cellLabels
 */
export function renderWarnings(warnings, cellLabels) {
  /** @type {Map<string, Warning[]>} */
  const byCode = new Map()
  for (const w of warnings) byCode.set(w.code, [...(byCode.get(w.code) ?? []), w])
  return [...byCode].map(([code, list]) => {
    const places = list.map((w) => placeOf(w.path, cellLabels)).filter(Boolean)
    const title = `${WARNING_LABELS[code] ?? code}：${list.length} 处`
    const first = list[0]
    const detail = h('p', { class: 'meta' }, h('code', {}, code), ' ', first ? first.message : '')
    const placeList = (/** @type {string[]} */ p) => h('ul', { class: 'places' }, p.map((x) => h('li', {}, x)))
    const shown = places.length > PLACES_SHOWN
      ? h('details', {}, h('summary', {}, `查看 ${places.length} 处位置`), placeList(places))
      : places.length ? placeList(places) : null
    return h('li', { 'data-warning': code }, h('p', {}, title), shown, detail)
  })
}

const NARRATIVE = [
  ['overview', '一、总体情况'],
  ['problems', '五、存在的主要问题及改进情况'],
  ['other', '六、其他需要报告的事项'],
]

/**
 * 一、五、六 as the report words them, folded away (they are long); a section not found says so.
 * @param {Report} report
 */
export function renderNarrative(report) {
  return NARRATIVE.map(([key, title]) => {
    const text = report.narrative[/** @type {'overview' | 'problems' | 'other'} */ (key)]
    return h(
      'details',
      { class: 'narrative-section', 'data-narrative': key },
      h('summary', {}, title ?? '', text ? '' : '（未找到）'),
      text ? h('p', {}, text) : null,
    )
  })
}
