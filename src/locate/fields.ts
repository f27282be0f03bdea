import type { Line } from '../tokens/lines.ts'

/**
 * The report's own title, organ, year and publication date (SPEC §3), read from the lines above its
 * first section rather than from a browser `<title>` — which is the fallback when the page prints none.
 */

/** The title as articles print it: up to 60 characters of organ and year, then 政府信息公开(工作)年度报告. */
const TITLE = /[^\s:：|，。、“”"《》【】]{0,60}?政府信息公开(?:工作)?年度?报告/
/** The year phrase inside a title: 2020年, 2022年度, 2019 年; not the tail of a longer number (`12021年` holds no year). */
const YEAR_PHRASE = /(?<![\d０-９])((?:19|20)\d{2})\s*年度?/
/** A line that may be the start of a wrapped title: short, and no sentence. */
const TITLE_HEAD = /^[^\s:：|，。；;、“”"《》【】()（）]{2,40}$/
/** Where a title may stand: the first lines of the page. */
const TITLE_WINDOW = 80
/** A page's own date line (发布日期 / 发布时间 / 时间 / 日期, with or without a colon). */
export const LABELLED_DATE = /(?:发布|成文|印发|公开)?(?:日期|时间)\s*(?:[:：]\s*)?((?:19|20)\d{2})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})/
/**
 * A line that is only a date, as many CMS templates print it under the title (`• 2021-02-10`, `2021年2月10日 15:30`).
 * Written so that no two adjacent white-space runs can trade characters (`\s*` then `\s+`), which would
 * make a long run of spaces cost quadratic time.
 */
export const BARE_DATE = /^[•·\s]*((?:19|20)\d{2})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})(?:\s*日)?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/
/** How many lines after the title the date line may stand. */
const DATE_WINDOW = 30
/** A site's name appended to a browser title: `…年度报告_某某门户网站`, `… - 某某人民政府`. */
const SITE_SUFFIX = /\s*(?:[_|｜–—-]+|\s-\s).*$/

export interface ReportFields {
  title: string | null
  organ: string | null
  year: number | null
  publishedOn: string | null
}

function isoDate(y: string, m: string, d: string): string | null {
  const month = Number(m)
  const day = Number(d)
  if (month < 1 || month > 12 || day < 1 || day > 31) return null
  const date = new Date(Date.UTC(Number(y), month - 1, day))
  if (date.getUTCDate() !== day) return null
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`
}

function findDate(lines: readonly Line[], from: number, to: number): { date: string | null; at: number } {
  let bare: { date: string | null; at: number } = { date: null, at: -1 }
  for (let i = Math.max(0, from); i < Math.min(lines.length, to); i++) {
    const text = lines[i]?.text ?? ''
    if (text.length > 120) continue
    const labelled = LABELLED_DATE.exec(text)
    if (labelled) {
      const date = isoDate(labelled[1] ?? '', labelled[2] ?? '', labelled[3] ?? '')
      if (date) return { date, at: i }
    }
    const plain = bare.at === -1 ? BARE_DATE.exec(text) : null
    // A bare date that is no date (2021-02-30) leaves the later lines to be tried.
    const date = plain ? isoDate(plain[1] ?? '', plain[2] ?? '', plain[3] ?? '') : null
    if (date) bare = { date, at: i }
  }
  return bare
}

function parts(title: string): { organ: string | null; year: number | null } {
  const yearMatch = YEAR_PHRASE.exec(title)
  const year = yearMatch ? Number(yearMatch[1]) : null
  const organ = title.replace(YEAR_PHRASE, '').replace(/政府信息公开(?:工作)?年度?报告$/, '').replace(/^关于/, '').trim() || null
  return { organ, year }
}

/**
 * A title that lacks its organ or its year where the lines above it hold them: the organ printed on a line
 * of its own (`淮安市洪泽区人民政府` / `2024年政府信息公开工作年度报告`), or the year apart from the rest.
 */
function completed(lines: readonly Line[], at: number, title: string): { title: string; from: number } {
  let whole = title
  let from = at
  for (let k = at - 1; k >= Math.max(0, at - 2); k--) {
    const { organ, year } = parts(whole)
    const head = titleText(lines[k]?.text ?? '')
    if (!TITLE_HEAD.test(head) || TITLE.test(head) || BARE_DATE.test(head)) break
    // Only what the title lacks: the organ's own line (no figures), or its year.
    const supplies = (organ === null && !/\d/.test(head)) || (year === null && YEAR_PHRASE.test(head))
    if (!supplies) break
    whole = head + whole
    from = k
  }
  return TITLE.exec(whole)?.[0] === whole ? { title: whole, from } : { title, from: at }
}

/** A line's text as a title is matched in: spaces a PDF puts between figures and characters dropped, cells kept apart. */
function titleText(line: string): string {
  return line.replace(/(\d)\s+(?=[\u3400-\u9fff])/g, '$1').replace(/([\u3400-\u9fff])\s+(?=\d)/g, '$1').trim()
}

/** A line that is only a year (`2021`, `（2021年）`, `2021年度`). */
const YEAR_LINE = /^[（(]?\s*((?:19|20)\d{2})\s*(?:年度?)?\s*[)）]?$/

function yearApart(lines: readonly Line[], at: number): { year: number; at: number } | null {
  for (const k of [at + 1, at - 1, at + 2, at - 2]) {
    const m = YEAR_LINE.exec((lines[k]?.text ?? '').trim())
    if (m) return { year: Number(m[1]), at: k }
  }
  return null
}

/**
 * Which lines each field was read from (indices into the lines given; -1: none, or the browser title):
 * what provenance names as their source.
 */
export interface FieldLines {
  title: { from: number; to: number } | null
  year: { from: number; to: number } | null
  publishedOn: number
}

/** `lines`: the lines above the report's first section (or its first lines); `pageTitle`: the browser title. */
export function readFields(lines: readonly Line[], pageTitle: string | null): ReportFields & { titleAt: number; at: FieldLines } {
  const limit = Math.min(lines.length, TITLE_WINDOW)
  // A title's parts are asked for again and again below (three regular expressions each time): read once a text.
  const partsByText = new Map<string, ReturnType<typeof parts>>()
  const partsOf = (text: string) => {
    let got = partsByText.get(text)
    if (!got) partsByText.set(text, (got = parts(text)))
    return got
  }
  let title: string | null = null
  let titleAt = -1
  let titleFrom = -1
  // The first title that names a year; a bare 政府信息公开年度报告 (a breadcrumb's column name, a side
  // menu) only when no line above the report names one.
  for (let i = 0; i < limit; i++) {
    const text = titleText(lines[i]?.text ?? '')
    if (text.length > 200) continue
    const m = TITLE.exec(text)
    if (!m) continue
    // Only a title that stands as its own line may be completed by the lines above it (not a breadcrumb's tail).
    const whole = m[0] === text ? completed(lines, i, m[0]) : { title: m[0], from: i }
    if (partsOf(whole.title).year !== null) {
      title = whole.title
      titleAt = i
      titleFrom = whole.from
      break
    }
    // Yearless: the first, unless it is bare and this one names its organ (the article's title below a breadcrumb).
    if (title === null || (partsOf(title).organ === null && partsOf(whole.title).organ !== null)) {
      title = whole.title
      titleAt = i
      titleFrom = whole.from
    }
  }
  // The browser title where the page prints none — or only a bare 政府信息公开年度报告 (a column's name).
  const bare = title !== null && partsOf(title).organ === null && partsOf(title).year === null
  if ((title === null || bare) && pageTitle) {
    const m = TITLE.exec(pageTitle.replace(SITE_SUFFIX, '').replace(/\s+/g, ''))
    if (m && (title === null || partsOf(m[0]).organ !== null)) {
      title = m[0]
      titleFrom = -1
    }
  }
  const got = title ? partsOf(title) : { organ: null, year: null }
  const organ = got.organ
  // A year printed apart from the title (`（2021年）` on the line below it).
  const apart = got.year === null && titleAt >= 0 ? yearApart(lines, titleAt) : null
  const year = got.year ?? apart?.year ?? null
  const dateFrom = titleAt === -1 ? 0 : titleAt - 5
  const dateTo = (titleAt === -1 ? 0 : titleAt) + DATE_WINDOW
  const date = findDate(lines, dateFrom, dateTo)
  const titleLines = titleFrom === -1 ? null : { from: titleFrom, to: titleAt }
  const at: FieldLines = {
    title: titleLines,
    year: apart ? { from: apart.at, to: apart.at } : got.year === null ? null : titleLines,
    publishedOn: date.date === null ? -1 : date.at,
  }
  return { title, organ, year, publishedOn: date.date, titleAt, at }
}
