import type { Located, TableRegion } from '../locate/locate.ts'
import { cellsOf, rowPaths, TABLE_KEYS, type TableKey } from '../model/index.ts'
import type { Warning } from '../schema/report.ts'
import type { Token } from '../tokens/token.ts'
import { resolveGlued, type CellValues } from './glued.ts'
import { keyedEquations } from './keyed-equations.ts'
import { confirmJoined, type JoinedCandidate } from './joined-figures.ts'
import { doubtOrder } from './order-evidence.ts'
import { doubtColumns } from './column-evidence.ts'
import { doubtEquations, withholdDoubted } from './equation-doubt.ts'
import { certainties } from './row-certainty.ts'
import { readTable } from './read-table.ts'
import { pastBorrowed, tailFigures } from './tail-blocks.ts'
import { rejoinRows, type Unread } from './wrapped-resolve.ts'
import { drawnOrder } from './one-split.ts'
import { readByColumns, withColumnReads, type Tentative } from './column-reads.ts'
import { readByColumnJoins } from './column-joins.ts'
import { readPrintedRun, withUnreadRows, type PrintedRun } from './printed-run.ts'
import { markDrawn } from './drawn-lines.ts'
import { readLabelsFirst } from './labels-first.ts'
import { doubtPiecesBeside } from './pieces-beside.ts'
import { doubtLoneRests } from './lone-rest.ts'
import { doubtMovedColumns } from './moved-columns.ts'
import { doubtMovedBlocks } from './moved-block.ts'
import { doubtMergedSplits } from './merged-split.ts'
import { unreadRows, type RowPaths } from './unread-rows.ts'
import { doubtPagePlaces } from './page-guards.ts'
import { rowsOnPages } from './row-places.ts'
import { doubtRestsAfter } from './rest-after.ts'

/**
 * located tables → the value of every cell: each table read by aligning its figures with its cells, then
 * the rows that arrived glued read together by the report's own arithmetic (the equations the checks use,
 * and the figures the overview states).
 */
export interface Matched {
  values: CellValues
  /** The token each number was read from, by path: a cell's own figure, or the glued run it was cut from. */
  sources: Map<string, number>
  found: Record<TableKey, boolean>
  warnings: Warning[]
}

/** `text`: the normalized input the tokens' offsets name, where it is text (its own lines are read again there). */
export function matchTables(tokens: readonly Token[], located: Located, glueable: boolean, text?: string): Matched {
  // Text in drawn order sets two cells of one line each on one line: the splits of a row's pieces say so (drawn-lines.ts).
  if (glueable && text !== undefined && drawnOrder(tokens)) markDrawn(tokens, text)
  // The format's equations, their paths the strings the maps below are keyed by (keyed-equations.ts).
  const equations = keyedEquations(located.version)
  const values: CellValues = new Map()
  const sources = new Map<string, number>()
  const warnings: Warning[] = []
  const found = {} as Record<TableKey, boolean>
  const glued = []
  const unread: Unread[] = []
  const joined: JoinedCandidate[] = []
  const tentative = new Map<string, Tentative>()
  const wrapped = new Set<string>()
  // The tables' regions and the tokens their cells were read from: how surely each row was placed is worked out
  // from them only where the arithmetic doubts a reading (equation-doubt.ts).
  const readRegions: [TableRegion, ReadonlyMap<string, number>][] = []
  // Figures a table took from past its region (its last page's column blocks) are not the next table's.
  let borrowed: number[] = []
  const cut = new Set<string>()
  // Figures of rows the arithmetic set aside (order-evidence.ts), with the token each came from: their columns weigh them last.
  const setAside = new Map<string, number>()
  const asideFrom = new Map<string, Tentative>()
  const printedRuns: PrintedRun[] = []
  for (const key of TABLE_KEYS) {
    const where = located.tables[key]
    found[key] = where !== null
    if (!where) continue
    const region = pastBorrowed(tokens, where, borrowed)
    // The next table found, whose own figures must stand after figures offered from past this one's region.
    const nextKey = TABLE_KEYS.slice(TABLE_KEYS.indexOf(key) + 1).find((k) => located.tables[k])
    const nextWhere = nextKey ? located.tables[nextKey] : null
    const next = nextWhere ? { region: nextWhere, cells: cellsOf(nextWhere.table).length } : undefined
    const tail = glueable && !region.table.inline ? tailFigures(tokens, region, cellsOf(region.table).length, next) : []
    // The table's values set in the report's map as they are read (its paths are its own): not copied after.
    const reading = readTable(tokens, region, glueable, equations, tail, values)
    borrowed = reading.borrowed
    // forEach, not for…of: no entry array and iterator result per cell (~250 a table).
    reading.sources.forEach((token, path) => sources.set(path, token))
    glued.push(...reading.glued)
    if (reading.unread) unread.push(reading.unread)
    if (reading.printed) printedRuns.push(reading.printed)
    joined.push(...reading.joined)
    for (const [p, t] of reading.tentative) tentative.set(p, t)
    warnings.push(...reading.warnings)
    for (const row of reading.wrapped) wrapped.add(row)
    if (glueable) readRegions.push([region, reading.sources])
  }
  // Text kept in the order its cells were drawn (-raw) prints a line's figures in the row's order.
  const inDrawnOrder = glueable && drawnOrder(tokens)
  // Only text can print a row out of its order; a grid's cells stand where the table put them.
  if (glueable) {
    const blanks = blankCells(warnings)
    warnings.push(...doubtOrder(values, equations, wrapped, blanks, cut, setAside))
    for (const [p, value] of setAside) {
      const token = sources.get(p)
      if (token !== undefined) asideFrom.set(p, { value, token })
    }
    // Columns doubt no order where the text kept the drawn one.
    if (!inDrawnOrder) warnings.push(...doubtColumns(values, equations, blanks))
    // The arithmetic against rows the text did not settle: those it leaves blank lose their earlier warnings.
    warnings.splice(0, warnings.length, ...withholdDoubted(values, sources, warnings, doubtEquations(values, equations, certainties(tokens, readRegions), blanks)))
  }
  const resolved = resolveGlued(glued, values, equations, located.facts)
  resolved.values.forEach((value, path) => values.set(path, value))
  // The row's paths kept per isolate (rowPaths), not a fresh string per cell to hash again.
  for (const row of glued) for (const path of rowPaths(row.row)) if (typeof values.get(path) === 'number') sources.set(path, row.token)
  warnings.push(...resolved.warnings)
  // Rows of text that may hold a wrapped figure, after the glued ones: their arithmetic may need those rows' cells.
  const drawn = unread.length > 0 && inDrawnOrder
  // In text kept in drawing order, a row doubted only as a wrap that may have cut a figure is weighed again by its
  // pieces (one-split.ts): the alignment took them one a cell, and a split of them in order may join the cut one.
  const again = drawn && cut.size > 0 ? unread.map((u) => withRows(u, cut)) : unread
  const rejoined = rejoinRows(tokens, again, values, sources, equations, located.facts, drawn, text)
  // Table 四's one run in drawn order: each row of it read where the splits of its pieces that keep its arithmetic agree.
  for (const printed of inDrawnOrder ? printedRuns : []) {
    const run = withUnreadRows(printed, values, warnings)
    if (!run) continue
    const read = readPrintedRun(tokens, run, equations)
    for (const [path, value] of read.values) {
      values.set(path, value)
      if (value === null) rejoined.warnings.push({ code: 'blank_cell', message: 'The cell is blank in the report.', path })
    }
    for (const [path, token] of read.sources) sources.set(path, token)
    for (const path of read.rows) {
      rejoined.rows.add(path)
      const message = "The table's run of figures is not one piece a cell (a figure wrapped, a blank left no trace); the one reading of this row's pieces that keeps its arithmetic was used."
      rejoined.warnings.push({ code: 'wrapped_cells', message, path })
    }
  }
  // The cells read blank so far: the readings below add none (doubtColumns and the confirmations warn otherwise).
  const blanks = blankCells(warnings, rejoined.warnings)
  // Rows read by joining their pieces took their order from the text as the first reading did: their columns weigh them too.
  if (glueable && rejoined.rows.size > 0 && !inDrawnOrder) rejoined.warnings.push(...doubtColumns(values, equations, blanks))
  // A warning on a re-read row or one of its cells: the path or one of its ancestors is that row (a lookup per
  // ancestor, not a scan of the rows per warning).
  const inRejoined = (path: string | undefined) => {
    if (rejoined.rows.size === 0) return false
    for (let p = path; p !== undefined && p !== ''; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : undefined) if (rejoined.rows.has(p)) return true
    return false
  }
  // Last: every other cell is known by now, so an equation can confirm a figure a PDF printed broken.
  const confirmed = confirmJoined(joined, values, equations, located.facts)
  // Then cells of unread rows whose figure, as the alignment placed it, its column's equation holds (column-reads.ts).
  for (const [p, t] of rejoined.tentative) tentative.set(p, t)
  // A set-aside row still unread offers its figures as the alignment's: no cell holds their tokens now.
  for (const [p, t] of asideFrom) {
    if (values.get(p) !== null || tentative.has(p)) continue
    tentative.set(p, t)
    if (sources.get(p) === t.token) sources.delete(p)
  }
  const columnRead = glueable ? readByColumns(tentative, values, sources, equations, blanks) : []
  // Then rows whose every cell their columns name, where the row's own pieces join into just those (column-joins.ts).
  const joinedRows = glueable ? readByColumnJoins(tokens, again, values, sources, equations, blanks) : { read: [], blank: [] }
  columnRead.push(...joinedRows.read)
  const joinedBlanks: Warning[] = joinedRows.blank.map((path) => ({ code: 'blank_cell', message: 'The cell is blank in the report.', path }))
  const read = new Set(confirmed.confirmed.map((c) => c.path))
  for (const c of confirmed.confirmed) sources.set(c.path, c.token)
  const kept = warnings.filter((w) => !inRejoined(w.path) && !(w.code === 'unreadable_cell' && w.path !== undefined && read.has(w.path)))
  const all = withColumnReads([...kept, ...rejoined.warnings, ...confirmed.warnings, ...joinedBlanks], columnRead)
  // Last: a narrow print's table whose figures came apart from their labels, its rows cut from the run of lines.
  // The cells read blank, made again only after a table read so adds to them (most reports: never).
  let blanksOfAll: Set<string> | undefined
  if (glueable && !inDrawnOrder) for (const key of TABLE_KEYS) {
    const region = located.tables[key]
    if (!region) continue
    const first = readLabelsFirst(tokens, region, values, (blanksOfAll ??= blankCells(all)), equations, sources)
    if (first.rows.length === 0) continue
    blanksOfAll = undefined
    const rows = new Set(first.rows)
    const inRow = (path: string | undefined) => path !== undefined && (rows.has(path) || rows.has(path.slice(0, path.lastIndexOf('.'))))
    all.splice(0, all.length, ...all.filter((w) => !(inRow(w.path) && w.code !== 'blank_cell')))
    for (const [path, value] of first.values) {
      values.set(path, value)
      if (value === null) all.push({ code: 'blank_cell', message: 'The cell is blank in the report.', path })
    }
    for (const [path, token] of first.sources) sources.set(path, token)
    const message = "The table's figures came apart from their labels, wrapped over lines; the one cut of its lines into its rows and cells that keeps the report's arithmetic was used."
    for (const path of first.rows) all.push({ code: 'wrapped_cells', message, path })
  }
  // Last of all: a row read whole beside figures no cell took, which joined to it keep its total as well, is not read.
  if (!glueable) return { values, sources, found, warnings: withheldAtLast(rejoined.withheld, values, sources, all) }
  const beside = doubtPiecesBeside(tokens, located, values, sources, all, text)
  // And a row in columns breaking its total where a figure cut in two, a piece joined to another, adds up.
  const merged = doubtMergedSplits(tokens, located, values, sources, beside)
  // And a table whose columns break in several places: its figures moved between columns on some lines.
  const columns = doubtMovedColumns(tokens, values, sources, equations, merged)
  // And rows whose first or last figure stands apart in a block of rows of its own: a column set out of its order.
  // The rows as read from text set out in columns, placed once for it and the guards after it (row-places.ts).
  const blocks = doubtMovedBlocks(tokens, rowsOnPages(tokens, located, values, sources), values, sources, columns)
  // And rows holding a blank, or zeros and one figure, whose places on the page do not settle which cell is which;
  // figures among zeros in rows set out of the page's column order, and words wider than their column.
  const moved = doubtPagePlaces(tokens, blocks.rows, values, sources, equations, blocks.warnings)
  // And, in a viewer's reading order, a row breaking its total where the figure read as it may be a wrapped cell's rest
  // (in drawn order a cell's rest follows its first piece: one-split.ts, raw-joins.ts).
  const lone = inDrawnOrder ? moved : doubtLoneRests(tokens, located, values, sources, moved, text)
  // And, there, a row breaking its total with a figure no cell took after its figures: one of its cells' rest.
  const last = inDrawnOrder ? lone : doubtRestsAfter(tokens, located, values, sources, lone)
  return { values, sources, found, warnings: withheldAtLast(rejoined.withheld, values, sources, last) }
}

const IN_DOUBT = "A figure of the row wrapped in its cell, and another joining of its pieces (in the page's order, or some of them the next row's) keeps its arithmetic as well: the text does not say which; left blank rather than guessed."

/**
 * Rows read by a joining in doubt (joins-in-doubt.ts): every reading after them weighed them as read, as before
 * the doubt; only now are their cells left blank, so the doubt changes no other cell.
 */
function withheldAtLast(rows: readonly RowPaths[], values: CellValues, sources: Map<string, number>, warnings: Warning[]): Warning[] {
  return rows.length === 0 ? warnings : unreadRows(rows, values, sources, warnings, IN_DOUBT)
}

/** The cells the warnings say are printed blank: one pass over each list, not a list made per warning nor a joined copy. */
function blankCells(...lists: (readonly Warning[])[]): Set<string> {
  const out = new Set<string>()
  for (const warnings of lists) for (const w of warnings) if (w.code === 'blank_cell' && w.path) out.add(w.path)
  return out
}

/** A table's rows left for the second reading, with those of its rows named in `paths` added. */
function withRows(u: Unread, paths: ReadonlySet<string>): Unread {
  const rows = new Set(u.rows)
  u.table.rows.forEach((row, r) => {
    if (paths.has(row.path)) rows.add(r)
  })
  return rows.size === u.rows.size ? u : { ...u, rows }
}
