import { cleanText } from '../../src/normalize/clean-text.ts'
import { fold, halfWidth } from '../../src/normalize/fold.ts'
import { readCell } from '../../src/normalize/numbers.ts'
import { valueAt } from '../../src/schema/paths.ts'
import type { ConvertedReport } from '../../src/schema/report.ts'

/**
 * What every provenance entry of a text or HTML report must hold (SPEC §3): its `text` is the input between
 * its offsets, and read alone gives the value it is for —
 *   - a number: the engine's own cell reader (normalize/numbers.ts) on the text folded gives that number; or
 *     the text is a glued run that several cells were cut from (`801000081`): then the numbers of all the
 *     paths that name that same span, in column order, stand in the run's digits (every character but 0-9
 *     and `.` dropped) one after the other, each as a contiguous part — and where the run gave every cell
 *     of its row, they are exactly its digits;
 *   - the title: the same characters as the title, folded (a Han character for a Han character: a
 *     Traditional page's title is returned Simplified);
 *   - the year: its four digits; the date: a date that is the field's.
 * The text is read as a reader sees it: markup dropped and character references decoded (HTML), and what the
 * clean-up drops (zero-width characters, pinyin readings) dropped — written here apart from the engine's own
 * narrowing (src/provenance/visible.ts), so that the two check each other.
 */
const NAMED: Record<string, string> = { nbsp: ' ', ensp: ' ', emsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

export function readAlone(text: string, html: boolean): string {
  const visible = html
    ? text
        .replace(/<!--[\s\S]*?-->|<[a-zA-Z/!?][^>]*>/g, '')
        .replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));?/gi, (all, dec?: string, hex?: string, name?: string) =>
          dec ? String.fromCharCode(Number(dec)) : hex ? String.fromCharCode(Number.parseInt(hex, 16)) : (NAMED[(name ?? '').toLowerCase()] ?? all),
        )
    : text
  return cleanText(visible).text
}

const isHan = (c: string) => /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/.test(c)

function sameTitle(read: string, title: string): boolean {
  const a = fold(read)
  const b = fold(title)
  return a.length === b.length && [...a].every((c, i) => c === b[i] || (isHan(c) && isHan(b[i] ?? '')))
}

function readsAs(read: string, value: number): boolean {
  const cell = readCell(fold(read))
  return cell.kind === 'number' && cell.value === value
}

/** The numbers cut from one run, in order: each a contiguous part of its digits, after the one before. */
function cutFrom(read: string, values: number[]): boolean {
  const digits = fold(read).replace(/[^\d.]/g, '')
  let at = 0
  for (const v of values) {
    const part = String(Math.abs(v))
    const found = digits.indexOf(part, at)
    if (found === -1) return false
    at = found + part.length
  }
  return true
}

/** Every way the report's provenance breaks its contract against `input`; empty when it holds. */
export function provenanceProblems(input: string, inputType: 'html' | 'text', report: ConvertedReport): string[] {
  const problems: string[] = []
  const provenance = report.provenance
  if (!provenance) return ['no provenance']
  // The paths that name each span: more than one, and it is a glued run cut into their cells.
  const bySpan = new Map<string, number[]>()
  for (const [path, entry] of Object.entries(provenance)) {
    const value = valueAt(report, path)
    if ('start' in entry && typeof value === 'number' && !path.startsWith('report.')) bySpan.set(`${entry.start}:${entry.end}`, [...(bySpan.get(`${entry.start}:${entry.end}`) ?? []), value])
  }
  for (const [path, entry] of Object.entries(provenance)) {
    if (!('start' in entry)) {
      problems.push(`${path}: no offsets for a ${inputType} input`)
      continue
    }
    if (input.slice(entry.start, entry.end) !== entry.text) problems.push(`${path}: text ${JSON.stringify(entry.text)} is not the input at ${entry.start}–${entry.end}`)
    const read = readAlone(entry.text, inputType === 'html')
    const value = valueAt(report, path)
    const ok =
      path === 'report.title'
        ? typeof value === 'string' && sameTitle(read, value)
        : path === 'report.year'
          ? halfWidth(read) === String(value)
          : path === 'report.publishedOn'
            ? typeof value === 'string' && sameDate(read, value)
            : typeof value === 'number' && (readsAs(read, value) || cutFrom(read, bySpan.get(`${entry.start}:${entry.end}`) ?? []))
    if (!ok) problems.push(`${path}: ${JSON.stringify(entry.text)} does not read as ${JSON.stringify(value)}`)
  }
  return problems
}

function sameDate(read: string, iso: string): boolean {
  const m = /^((?:19|20)\d{2})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})\s*日?$/.exec(halfWidth(read).trim())
  return m !== null && `${m[1]}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}` === iso
}

/** The paths of the three tables' numbers that have no provenance. */
export function numbersWithoutSource(report: ConvertedReport): string[] {
  const out: string[] = []
  const walk = (node: unknown, path: string) => {
    if (typeof node === 'number') {
      if (!report.provenance?.[path]) out.push(path)
    } else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, `${path}.${k}`)
  }
  for (const key of ['activeDisclosure', 'applications', 'reviewLitigation'] as const) walk(report[key], key)
  return out
}

/**
 * A PDF's or a .docx's provenance: a PDF entry names a page and a box on it, a .docx entry its text only
 * (docs/provenance.md says why), and either text reads alone as its value (neither input is glued text).
 */
export function documentProvenanceProblems(report: ConvertedReport): string[] {
  const problems: string[] = []
  const type = report.source.inputType
  for (const [path, entry] of Object.entries(report.provenance ?? {})) {
    const value = valueAt(report, path)
    const shape = type === 'pdf' ? 'page' in entry && entry.page >= 1 && entry.w >= 0 && entry.h >= 0 : Object.keys(entry).join() === 'text'
    if (!shape) problems.push(`${path}: ${JSON.stringify(entry)} is not a ${type} entry`)
    if (typeof value !== 'number' || !readsAs(entry.text, value)) problems.push(`${path}: ${JSON.stringify(entry.text)} does not read as ${JSON.stringify(value)}`)
  }
  return problems
}
