import type { Block, Doc, LCell, LTable } from './doc.ts'
import { HEADING_SYNONYMS, STRAY, SYNONYMS, editBody, labelKey, splitNumbering, wrapAt } from './mutate-text.ts'
import { BLANK_MARKS } from './print.ts'
import type { Random } from './random.ts'
import type { GeneratedReport } from './report.ts'

/**
 * What real people do to a report before it reaches us, each change keeping its true numbers known: typos and
 * synonyms in section headings and row labels, a stray mark before a heading, labels wrapped over lines or
 * paragraphs, 三、本年度办理结果 stacked one character per line, a flat grid repeating a spanned label in every
 * position it covers (as spreadsheets and pandas export), blank cells of spaces or a no-break space, and titles
 * that stand only in `<title>`, over two lines, or apart from their year. Never so far that a reader could not
 * tell which row is which: one edit per label at most, and never one that makes two labels alike.
 */

/** What a shape can carry: mutations it cannot print are not drawn for it. */
export interface Carries {
  /** A cell of whitespace stays a cell of its own (HTML, one cell per line, tabs, Markdown). */
  whitespace: boolean
  /** A line break inside a cell survives (HTML, one cell per line, tabs, PDF text). */
  lineBreaks: boolean
  /** The page has a `<head>` whose `<title>` can hold the report's title. */
  headTitle: boolean
}

/** Each kind of change, to apply alone (scripts/score-tools.mjs scores them one by one) or all together. */
export const MUTATIONS = ['heading', 'label', 'synonym', 'wrap', 'stack', 'flat', 'whitespace', 'title-head', 'title-wrap', 'title-year'] as const
export type MutationKind = (typeof MUTATIONS)[number]

/** Whether a shape can print a kind of change at all. */
export function carriesKind(carries: Carries, kind: MutationKind): boolean {
  if (kind === 'wrap' || kind === 'stack') return carries.lineBreaks
  if (kind === 'whitespace') return carries.whitespace
  if (kind === 'title-head') return carries.headTitle
  return true
}

const RESULTS_HEAD = '三、本年度办理结果'
const WHITESPACE = [' ', '   ', '\u00a0', ' \u00a0 ', '\u3000'] as const
const SITE_SUFFIX = ['_某某门户网站', '_门户网站', ' - 某某市人民政府', '-政府信息公开专栏', '|某某区政务公开'] as const

const tablesOf = (doc: Doc) => doc.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []))

/** Row labels: the text cells of rows that are not header rows. */
function rowLabels(table: LTable): LCell[] {
  return table.rows.flatMap((row) => (row.header ? [] : row.cells.filter((c) => !c.value && c.text !== '')))
}

/** The flat grid a spreadsheet or pandas writes: a spanned text repeated in every position it covers, a value once. */
export function flattenRepeating(table: LTable): LTable {
  const grid: LCell[][] = []
  table.rows.forEach((row, y) => {
    const line = (grid[y] ??= [])
    let x = 0
    for (const cell of row.cells) {
      while (line[x]) x++
      const { colspan: _c, rowspan: _r, ...plain } = cell
      for (let dy = 0; dy < (cell.rowspan ?? 1); dy++) {
        for (let dx = 0; dx < (cell.colspan ?? 1); dx++) {
          const copy = dy === 0 && dx === 0 ? plain : cell.value ? { text: '' } : { ...plain }
          ;(grid[y + dy] ??= [])[x + dx] = copy
        }
      }
      x += cell.colspan ?? 1
    }
  })
  return { ...table, rows: table.rows.map((row, y) => ({ ...row, cells: (grid[y] ?? []).map((c) => c ?? { text: '' }) })) }
}

function mutateHeadings(r: Random, blocks: Block[], done: string[]) {
  for (const b of blocks) {
    if (b.kind !== 'heading' || !r.bool(0.3)) continue
    const [prefix, body] = splitNumbering(b.text)
    const synonym = HEADING_SYNONYMS.find(([from]) => from.test(body))
    const kind = r.pick(['edit', 'stray', 'synonym'] as const)
    if (kind === 'stray') b.text = `${r.pick(STRAY)}${b.text}`
    else if (kind === 'synonym' && synonym) b.text = prefix + body.replace(synonym[0], synonym[1])
    else b.text = prefix + editBody(r, body).text
    done.push(`heading ${JSON.stringify(b.text)}`)
  }
}

/** One edit to some row labels, one synonym to some cells; none that makes a label another's. */
function mutateLabels(r: Random, doc: Doc, kinds: ReadonlySet<MutationKind>, edited: Set<LCell>, done: string[]) {
  const tables = tablesOf(doc)
  const all = tables.flatMap((t) => t.rows.flatMap((row) => row.cells.filter((c) => !c.value && c.text !== '')))
  const keys = new Map<string, number>()
  for (const c of all) keys.set(labelKey(c.text), (keys.get(labelKey(c.text)) ?? 0) + 1)
  const unique = (before: string, after: string) => {
    const key = labelKey(after)
    return key.length > 0 && key !== labelKey(before) && !keys.has(key)
  }
  for (const table of kinds.has('label') ? tables : []) {
    for (const cell of rowLabels(table)) {
      if (cell.text === RESULTS_HEAD && r.bool(0.5)) continue
      if (!r.bool(0.12)) continue
      const [prefix, body] = splitNumbering(cell.text)
      const { text, edit } = editBody(r, body)
      // A space changes no key (a reader ignores it); every other edit must leave the label unlike any other.
      if (edit !== 'space' && !unique(cell.text, prefix + text)) continue
      done.push(`label ${edit} ${JSON.stringify(cell.text)} → ${JSON.stringify(prefix + text)}`)
      cell.text = prefix + text
      edited.add(cell)
    }
  }
  for (const cell of kinds.has('synonym') ? all : []) {
    const [prefix, body] = splitNumbering(cell.text)
    const other = SYNONYMS[body]
    if (other === undefined || edited.has(cell) || !r.bool(0.3)) continue
    done.push(`synonym ${JSON.stringify(cell.text)} → ${JSON.stringify(prefix + other)}`)
    cell.text = prefix + other
    edited.add(cell)
  }
}

/** Long labels over two or three lines; 三、本年度办理结果 one character per line. */
function wrapLabels(r: Random, doc: Doc, kinds: ReadonlySet<MutationKind>, edited: Set<LCell>, done: string[]) {
  for (const table of tablesOf(doc)) {
    for (const cell of rowLabels(table)) {
      if (edited.has(cell)) continue
      if (cell.text === RESULTS_HEAD) {
        if (!kinds.has('stack') || !r.bool(0.4)) continue
        cell.text = Array.from(cell.text).join('\n')
        cell.lines = true
        done.push('results label stacked')
        continue
      }
      const [prefix, body] = splitNumbering(cell.text)
      if (!kinds.has('wrap') || Array.from(body).length < 6 || !r.bool(0.15)) continue
      cell.text = prefix + wrapAt(r, body, r.int(1, 2))
      cell.lines = true
      done.push(`label wrapped ${JSON.stringify(cell.text)}`)
    }
  }
}

function whitespaceBlanks(r: Random, doc: Doc, done: string[]) {
  let n = 0
  for (const table of tablesOf(doc)) {
    for (const row of table.rows) {
      for (const cell of row.cells) {
        const blank = cell.value && (cell.text === '' || (BLANK_MARKS as readonly string[]).includes(cell.text))
        if (!blank || !r.bool(0.6)) continue
        cell.text = r.pick(WHITESPACE)
        n++
      }
    }
  }
  if (n > 0) done.push(`${n} blank(s) as whitespace`)
}

/** The title only in `<title>`, wrapped over two lines, or with its year on a line of its own. */
function mutateTitle(r: Random, report: GeneratedReport, choices: MutationKind[], done: string[]) {
  const { doc, expected } = report
  const k = doc.blocks.findIndex((b) => b.kind === 'title')
  const block = doc.blocks[k]
  if (!block || block.kind !== 'title' || choices.length === 0) return
  const title = block.text
  const choice = r.pick(choices)
  if (choice === 'title-head') {
    doc.blocks.splice(k, 1)
    doc.headTitle = title + r.pick(SITE_SUFFIX)
    done.push(`title only in <title> ${JSON.stringify(doc.headTitle)}`)
  } else if (choice === 'title-wrap') {
    // Where a long title breaks: after the organ, or before 政府信息公开.
    const organ = expected.report.organ
    const at = title.startsWith(organ) && r.bool() ? organ.length : title.indexOf('政府信息公开')
    block.text = `${title.slice(0, at)}\n${title.slice(at)}`
    done.push(`title wrapped ${JSON.stringify(block.text)}`)
  } else {
    const year = expected.report.year
    const suffix = /政府信息公开(?:工作)?年度报告$/.exec(title)?.[0] ?? '政府信息公开工作年度报告'
    block.text = expected.report.organ + suffix
    doc.blocks.splice(k + 1, 0, { kind: 'title', text: r.pick([`（${year}年度）`, `${year}年度`, `（${year}年）`]) })
    // The title is the heading as printed; the year comes from the line apart (SPEC §3: report fields).
    expected.report = { ...expected.report, title: block.text }
    done.push(`year apart ${JSON.stringify(block.text)}`)
  }
}

/**
 * A mutation for a shape that carries what `carries` says, of the given kinds (all by default); pass it as
 * ReportOptions `mutate`.
 */
export function mutation(carries: Carries, only: readonly MutationKind[] = MUTATIONS) {
  const kinds = new Set(only.filter((k) => carriesKind(carries, k)))
  const titles = MUTATIONS.filter((k) => k.startsWith('title-') && kinds.has(k))
  // A kind applied alone is applied always; all together, each now and then.
  const often = (p: number) => (kinds.size === 1 ? 1 : p)
  return (r: Random, report: GeneratedReport): GeneratedReport => {
    const done: string[] = []
    const edited = new Set<LCell>()
    if (kinds.has('heading')) mutateHeadings(r, report.doc.blocks, done)
    mutateLabels(r, report.doc, kinds, edited, done)
    wrapLabels(r, report.doc, kinds, edited, done)
    if (kinds.has('flat') && r.bool(often(0.25))) {
      const tables = report.doc.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table')
      const b = r.pick(tables)
      b.table = flattenRepeating(b.table)
      done.push(`table ${b.table.id} flat, spanned labels repeated`)
    }
    if (kinds.has('whitespace')) whitespaceBlanks(r, report.doc, done)
    if (titles.length > 0 && r.bool(often(0.45))) mutateTitle(r, report, titles, done)
    return { ...report, mutations: done }
  }
}
