/** The two format versions of SPEC §1: `2019` (reports for 2019–2020) and `2021` (国办公开办函〔2021〕30号). */
export const FORMAT_VERSIONS = ['2019', '2021'] as const
export type FormatVersion = (typeof FORMAT_VERSIONS)[number]

/** The first year of the revised Regulations' format; older reports had free-form tables. */
export const FIRST_FORMAT_YEAR = 2019

/** The format a report of `year` would use, by the year alone (a hint: the labels decide). */
export function versionOfYear(year: number): FormatVersion {
  return year >= 2021 ? '2021' : '2019'
}
