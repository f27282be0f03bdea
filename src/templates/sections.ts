/**
 * The six section headings of the national format, tested against the start of a folded line. The
 * numbering is optional and may be any of 一、 (一) 1. ; titles vary a little (SPEC §2: without 的主要,
 * or with a prefix such as 政府信息公开工作存在的主要问题及改进情况).
 */
const NUMBERING = String.raw`(?:\(?[一二三四五六七1-7]\)?[、.．,]?)?`

function heading(body: string): RegExp {
  return new RegExp(`^${NUMBERING}${body}`)
}

export const SECTIONS = {
  overview: heading('总体情况'),
  activeDisclosure: heading('主动公开政府信息情况'),
  applications: heading('收到和处理政府信息公开申请情况'),
  reviewLitigation: heading('政府信息公开行政复议[、,]?行政诉讼情况'),
  problems: heading('(?:政府信息公开工作)?存在的(?:主要)?问题及改进情况'),
  other: heading('其他需要报告的事项'),
} as const

export type SectionKey = keyof typeof SECTIONS
export const SECTION_KEYS = Object.keys(SECTIONS) as SectionKey[]

/** A heading is a short line; a sentence that mentions 总体情况 in passing is not one. */
export const MAX_HEADING_LENGTH = 40
