import type { Token } from '../match/index.ts'

/**
 * The report's own title, organ, year and publication date (SPEC §3), read from the article rather
 * than the browser `<title>` (which the extractor never reads).
 */

/** The title as articles print it: up to 60 characters of organ and year, then 政府信息公开(工作)年度报告. */
const TITLE = /[^\s:：|，。、“”"《》【】]{0,60}?政府信息公开(?:工作)?年度?报告/
/** The year phrase inside a title: 2020年, 2022年度, 2019 年; not the tail of a longer number (`12021年`, `１2021年` hold no year). */
const YEAR_PHRASE = /(?<![\d０-９])((?:19|20)\d{2})\s*年度?/
/** Where a title may stand: the first rows of the page. */
const TITLE_WINDOW = 80
/** A page's own date line (发布日期 / 发布时间 / 时间 / 日期, with or without a colon). */
export const LABELLED_DATE = /(?:发布|成文|印发|公开)?(?:日期|时间)\s*(?:[:：]\s*)?((?:19|20)\d{2})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})/
/**
 * A row that is only a date, as many CMS templates print it under the title (`• 2021-02-10`, `2021年2月10日 15:30`).
 * Written so that no two adjacent white-space runs can trade characters (`\s*` then `\s+`), which would
 * make a long run of spaces cost quadratic time.
 */
export const BARE_DATE = /^[•·\s]*((?:19|20)\d{2})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})(?:\s*日)?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/
/** How many rows after the title the date line may stand. */
const DATE_WINDOW = 30

export interface ReportFields {
  title: string | null
  organ: string | null
  year: number | null
  publishedOn: string | null
  /** Token index of the title, or -1. */
  titleAt: number
}

function isoDate(y: string, m: string, d: string): string | null {
  const month = Number(m)
  const day = Number(d)
  if (month < 1 || month > 12 || day < 1 || day > 31) return null
  const date = new Date(Date.UTC(Number(y), month - 1, day))
  if (date.getUTCDate() !== day) return null
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`
}

function findDate(tokens: readonly Token[], from: number, to: number): string | null {
  let bare: string | null = null
  for (let i = Math.max(0, from); i < Math.min(tokens.length, to); i++) {
    const text = tokens[i]?.text ?? ''
    if (text.length > 120) continue
    const labelled = LABELLED_DATE.exec(text)
    if (labelled) {
      const date = isoDate(labelled[1] ?? '', labelled[2] ?? '', labelled[3] ?? '')
      if (date) return date
    }
    const plain = bare === null ? BARE_DATE.exec(text) : null
    if (plain) bare = isoDate(plain[1] ?? '', plain[2] ?? '', plain[3] ?? '')
  }
  return bare
}

export function readReportFields(tokens: readonly Token[], firstHeading: number): ReportFields {
  const limit = Math.min(tokens.length, firstHeading > 0 ? firstHeading : TITLE_WINDOW)
  let title: string | null = null
  let titleAt = -1
  // The first title that names a year; a bare 政府信息公开年度报告 (a breadcrumb's column name, a
  // side menu) only when no line above the report names one.
  for (let i = 0; i < limit; i++) {
    const text = (tokens[i]?.text ?? '').replace(/\s+/g, '')
    if (text.length > 200) continue
    const m = TITLE.exec(text)
    if (!m) continue
    if (YEAR_PHRASE.test(m[0])) {
      title = m[0]
      titleAt = i
      break
    }
    if (title === null) {
      title = m[0]
      titleAt = i
    }
  }
  const yearMatch = title ? YEAR_PHRASE.exec(title) : null
  const year = yearMatch ? Number(yearMatch[1]) : null
  const organ = title
    ? title.replace(YEAR_PHRASE, '').replace(/政府信息公开(?:工作)?年度?报告$/, '').replace(/^关于/, '').trim() || null
    : null
  const dateFrom = titleAt === -1 ? 0 : titleAt - 5
  const dateTo = (titleAt === -1 ? 0 : titleAt) + DATE_WINDOW
  const publishedOn = findDate(tokens, dateFrom, firstHeading > titleAt ? Math.min(dateTo, firstHeading) : dateTo)
  return { title, organ, year, publishedOn, titleAt }
}
