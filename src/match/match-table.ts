import { halfWidth } from '../normalize/fold.ts'
import { isValueLike, readCell, type CellValue } from '../normalize/numbers.ts'
import type { Warning } from '../schema/report.ts'
import type { RowTemplate, TableTemplate } from '../templates/index.ts'
import { valuesByHeader } from './header-columns.ts'
import type { Token } from './tokens.ts'

/**
 * A label cell is short; a long cell that happens to contain 行政许可 is prose, not the row's label —
 * unless the label ends it (a glued dump puts the table's header text before the first row's label).
 */
const MAX_LABEL_LENGTH = 80
const MAX_GLUED_LABEL_LENGTH = 400
const MAX_LABEL_TAIL = 40

export type CellPath = string
/** The value of each cell by its full dot path (`applications.rows.newlyReceived.total`). */
export type CellValues = Map<CellPath, number | string | null>

/** A row whose cells arrived glued into one run of digits (`801000081`): read later, by arithmetic. */
export interface GluedRow {
  row: RowTemplate
  /** The run as printed (half-width), white space kept: a space still separates two cells. */
  text: string
}

export interface TableMatch {
  found: boolean
  values: CellValues
  glued: GluedRow[]
  warnings: Warning[]
  /** The token after the table's last value cell. */
  end: number
  /** How many of the template's rows were found by their label (or run). */
  rowsFound: number
}

export interface Range {
  start: number
  end: number
}

function findLabel(tokens: readonly Token[], label: RegExp, range: Range, from: number) {
  for (let i = from; i < range.end; i++) {
    const token = tokens[i]
    if (!token || token.folded.length > MAX_GLUED_LABEL_LENGTH) continue
    const m = label.exec(token.folded)
    if (!m) continue
    const rest = token.folded.slice(m.index + m[0].length)
    if (token.folded.length <= MAX_LABEL_LENGTH || rest.length <= MAX_LABEL_TAIL) return { index: i, rest }
  }
  return null
}

/** The first cell after the header that holds a number: where a label-less run (table 四) begins. */
function findRunStart(tokens: readonly Token[], range: Range, from: number) {
  for (let i = from; i < range.end; i++) {
    const token = tokens[i]
    if (!token) continue
    const kind = readCell(token.folded).kind
    if (kind === 'number' || kind === 'digits') {
      // The run starts at its first value cell, blank first cells included: in a table row any value-like
      // cell of the same row, in one-cell-per-line text the blank markers (`—`, `/`) just before it.
      let start = i
      while (start > range.start) {
        const prev = tokens[start - 1]
        if (!prev) break
        const sameRow = prev.row === token.row && isValueLike(prev.folded)
        const blankBefore = !token.tableRow && !prev.tableRow && readCell(prev.folded).kind === 'blank' && prev.folded !== ''
        if (!sameRow && !blankBefore) break
        start--
      }
      return start
    }
  }
  return -1
}

/**
 * The value cells that belong to a row. In a table row: the cells after the label in the same row (and,
 * if the row is short, following rows made only of values). In one-cell-per-line text: the value cells
 * that follow, up to the first cell that is not a value.
 */
function collectValues(tokens: readonly Token[], first: number, range: Range, want: number, firstIsValue: boolean) {
  const values: Token[] = []
  const head = tokens[first]
  let i = firstIsValue ? first : first + 1
  if (head && head.tableRow && (!head.lastInRow || firstIsValue)) {
    for (; i < range.end && tokens[i]?.row === head.row; i++) values.push(tokens[i] as Token)
    // A row split over several lines: continue with rows made only of values.
    while (values.length < want && i < range.end) {
      const next = tokens[i]
      if (!next || !next.tableRow) break
      let j = i
      const extra: Token[] = []
      for (; j < range.end && tokens[j]?.row === next.row; j++) extra.push(tokens[j] as Token)
      if (!extra.every((t) => isValueLike(t.folded))) break
      values.push(...extra)
      i = j
    }
    return { values, next: i }
  }
  for (; i < range.end; i++) {
    const token = tokens[i]
    if (!token || !isValueLike(token.folded)) break
    values.push(token)
  }
  return { values, next: i }
}

function nullRow(row: RowTemplate, values: CellValues) {
  for (const column of row.columns) values.set(`${row.path}.${column}`, null)
  if (row.unit) values.set(`${row.path}.${row.unit.key}`, null)
}

/**
 * The cells of a row, mapped by column. Exactly as many cells as columns: in order, blanks as null.
 * Otherwise the non-blank cells, if they are exactly as many (spacer cells, spans that disagree with
 * the data). A single run of digits where several cells are due is a glued row, left for arithmetic.
 * Anything else cannot be read with confidence: every cell null, with a warning. Never a guess.
 */
/** A run that may be several cells glued together: digits, signs, decimal points, separators, spaces, a unit. */
const GLUED_RUN = /^[+-]?\d[\d\s.,，+-]*(?:万元|元)?$/

function resolveRow(row: RowTemplate, raw: readonly string[], printed: readonly string[], glueable: boolean, out: TableMatch, byHeader: string[] | null = null) {
  const want = row.columns.length
  let cells: CellValue[] = raw.map(readCell)
  if (cells.length !== want) {
    const filled = cells.filter((c) => c.kind !== 'blank')
    const texts = printed.map((t) => t.trim()).filter(Boolean)
    const excess = raw.length - want
    const empty = (r: string | undefined) => r === ''
    const leading = excess > 0 && raw.slice(0, excess).every(empty)
    const trailing = excess > 0 && raw.slice(want).every(empty)
    if (filled.length === want) cells = filled
    // Spacer cells: a flat grid's covered positions before the values, or padding after them. Read the
    // values where they stand only when one side alone can be the spacers; both sides empty is ambiguous.
    else if (leading !== trailing) cells = leading ? cells.slice(excess) : cells.slice(0, want)
    // Both sides empty: the header's grid columns say where the values stand (header-columns.ts).
    else if (leading && trailing && byHeader) cells = byHeader.map(readCell)
    // Glue leaves no empty cell between its runs: a row with an empty cell came from a real grid whose
    // cells were kept apart, and one of them is missing — never read by cutting its neighbours.
    // Separate cells that are each a whole number are a row with a cell missing, not glue: only one run,
    // or a piece that cannot be one cell (`00`, `000023`), shows that cells were glued together.
    else if (glueable && want > 1 && texts.length > 0 && texts.length < want && !raw.includes('') && texts.every((t) => GLUED_RUN.test(t)) && (texts.length === 1 || texts.some((t) => /(?:^|\s)0\d/.test(t)))) {
      nullRow(row, out.values)
      out.glued.push({ row, text: texts.join(' ') })
      return
    } else {
      nullRow(row, out.values)
      out.warnings.push({
        code: cells.length === 0 ? 'missing_values' : 'unreadable_row',
        message: `Expected ${want} cell(s), found ${cells.length}; the row is left blank rather than guessed.`,
        path: row.path,
      })
      return
    }
  }
  row.columns.forEach((column, k) => {
    const path = `${row.path}.${column}`
    const cell = cells[k]
    if (!cell || cell.kind === 'blank') {
      out.values.set(path, null)
      out.warnings.push({ code: 'blank_cell', message: 'The cell is blank in the report.', path })
    } else if (cell.kind === 'number' && (Number.isInteger(cell.value) || row.decimals?.includes(column)) && unitFits(row, column, cell.unit)) {
      out.values.set(path, cell.value)
      if (row.unit?.column === column) out.values.set(`${row.path}.${row.unit.key}`, cell.unit)
    } else {
      out.values.set(path, null)
      out.warnings.push({ code: 'unreadable_cell', message: 'The cell does not hold a number that can be read with confidence.', path })
    }
  })
  if (row.unit && !out.values.has(`${row.path}.${row.unit.key}`)) out.values.set(`${row.path}.${row.unit.key}`, null)
}

/** Units that only name what is counted (`12件`): the number is the count. */
const COUNT_UNITS = new Set(['件', '个', '项', '条', '次', '人'])
/** The unit table 二's 收费金额 column states in its header (本年收费金额（单位：万元）). */
const AMOUNT_HEADER_UNIT = '万元'

/**
 * Whether a unit printed in a cell leaves its number the column's figure. A column that keeps its unit
 * (采购总金额) takes any; a count takes a counting word; an amount in 万元 takes 万元. `12万` in a count or
 * `251000元` under a 万元 header is another scale: read as printed it would be a wrong number.
 */
function unitFits(row: RowTemplate, column: string, unit: string | null): boolean {
  if (unit === null || row.unit?.column === column) return true
  if (row.decimals?.includes(column)) return unit === AMOUNT_HEADER_UNIT
  return COUNT_UNITS.has(unit)
}

/**
 * Grids → one standard table: each template row found by its label, in order, within the table's range.
 * `cellsAreExact`: the input's table cells are real cells (HTML `<td>`), so a row with too few of them is
 * unreadable — never a run to be cut. Text may lose its separators, and is read by arithmetic.
 */
export function matchTable(tokens: readonly Token[], template: TableTemplate, range: Range, cellsAreExact = false): TableMatch {
  const out: TableMatch = { found: false, values: new Map(), glued: [], warnings: [], end: range.start, rowsFound: 0 }
  let cursor = range.start
  let matchedRows = 0
  for (const row of template.rows) {
    const want = row.columns.length
    let first: number
    let firstIsValue = false
    let rest = ''
    if (row.label) {
      let hit = findLabel(tokens, row.label, range, cursor)
      // A label cell with no value after it is a header (总计, 其他 of a repeated header), not the row.
      while (hit && collectValues(tokens, hit.index, range, want, false).values.length === 0 && !(hit.rest && isValueLike(hit.rest))) {
        hit = findLabel(tokens, row.label, range, hit.index + 1)
      }
      if (!hit) {
        nullRow(row, out.values)
        out.warnings.push({ code: 'missing_row', message: 'The row was not found in the table.', path: row.path })
        continue
      }
      first = hit.index
      rest = hit.rest
    } else {
      first = findRunStart(tokens, range, cursor)
      firstIsValue = true
      if (first === -1) {
        nullRow(row, out.values)
        out.warnings.push({ code: 'missing_values', message: 'No values were found under the table header.', path: row.path })
        continue
      }
    }
    const { values, next } = collectValues(tokens, first, range, want, firstIsValue)
    const raw = values.map((t) => t.folded)
    const printed = values.map((t) => halfWidth(t.text))
    if (rest && isValueLike(rest)) {
      raw.unshift(rest)
      printed.unshift(rest)
    }
    const byHeader = raw.length > want && raw[0] === '' && raw.at(-1) === '' ? valuesByHeader(tokens, values, want) : null
    resolveRow(row, raw, printed, !cellsAreExact || values.every((t) => !t.tableRow), out, rest && isValueLike(rest) ? null : byHeader)
    matchedRows++
    cursor = Math.max(next, first + 1)
  }
  out.found = matchedRows > 0
  out.rowsFound = matchedRows
  out.end = cursor
  return out
}
