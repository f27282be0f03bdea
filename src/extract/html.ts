import { Parser } from 'htmlparser2'
import { cellBudget, tooDeeplyNested } from './bounds.ts'
import { keepShape } from '../keep-shape.ts'
import { DEFAULT_LIMITS, type Limits } from '../limits/options.ts'
import { isInvisible, isOddSpace } from '../normalize/clean-text.ts'
import { collapseSpaces, DROP, mapUnits } from '../normalize/units.ts'
import { Pieces } from './pieces.ts'
import type { Grid } from './grid.ts'
import { htmlCell, LAYOUT_CELL_CHARS, LAYOUT_CELL_LINES, MAX_GRID_WIDTH, nextFree, openTable, proseRow, span, type OpenCell, type OpenTable } from './html-cells.ts'

/**
 * HTML → grid with htmlparser2's streaming callbacks: no DOM is built (a DOM costs 3–5 ms a report and
 * ~47 ms of isolate start-up, docs/performance-baseline.md). Table rows become rows of cells with their spans; prose
 * between block elements becomes one-cell rows.
 */

/** Entities can spell what the clean-up removed from the source: zero-width characters dropped, odd spaces plain. */
const invisibleUnit = (unit: number) => (isInvisible(unit) ? DROP : isOddSpace(unit) ? 0x20 : unit)

/** Elements whose content is never report text. */
const SKIPPED = new Set(['script', 'style', 'head', 'title', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'select', 'button', 'textarea'])
/** Elements that end a line of prose (and a line inside a cell). */
const BLOCK = new Set([
  'p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'section', 'article',
  'header', 'footer', 'nav', 'aside', 'main', 'blockquote', 'pre', 'center', 'hr', 'form', 'fieldset', 'address',
  'figure', 'figcaption', 'caption', 'o:p',
])

/**
 * The grid as htmlparser2's callbacks build it. The callbacks are methods, not closures made per page: the
 * parser's compiled code calls them, and V8 compiled it again for each page whose closures it met.
 */
class GridBuilder {
  private readonly grid: Grid = []
  /** The browser title is never report text, but it names the report where the page prints no title of its own. */
  private readonly titleParts: string[] = []
  /** Set once the parser exists: where a text stands in the input. */
  parser: Parser | null = null
  private readonly spend: (count?: number) => void
  private depth = 0
  private readonly tables: OpenTable[] = []
  private tableCount = 0
  private readonly prose = new Pieces()
  private proseStart = -1
  private proseEnd = -1
  private skipDepth = 0
  private inTitle = false
  /** The element whose open tag is being read, and the spans it gave so far. */
  private opening: string | null = null
  private colspan: string | undefined = undefined
  private rowspan: string | undefined = undefined

  constructor(private readonly bounds: Pick<Limits, 'maxCells' | 'maxDepth'>) {
    this.spend = cellBudget(bounds.maxCells)
  }

  private flushProse(): void {
    const text = collapseSpaces(this.prose.take()).trim()
    if (text) {
      this.spend()
      this.grid.push(proseRow(htmlCell(text, 1, 1, undefined, this.proseStart, this.proseEnd)))
    }
    this.proseStart = -1
  }

  private openCell(): OpenCell | null {
    return this.tables.at(-1)?.cell ?? null
  }

  private breakLine(): void {
    const c = this.openCell()
    if (c) c.lines.push(c.current.take())
    else this.flushProse()
  }

  private closeCell(table: OpenTable): void {
    const c = table.cell
    if (!c) return
    table.cell = null
    c.lines.push(c.current.take())
    const lines: string[] = []
    let chars = 0
    for (const raw of c.lines) {
      const line = collapseSpaces(raw).trim()
      if (line === '') continue
      lines.push(line)
      chars += line.length
    }
    if (c.layout || (lines.length > LAYOUT_CELL_LINES && chars > LAYOUT_CELL_CHARS)) {
      // A layout cell: its paragraphs are prose rows in their own right.
      this.spend(lines.length)
      for (const line of lines) this.grid.push(proseRow(htmlCell(line)))
      return
    }
    this.spend()
    const x = nextFree(table)
    const text = lines.length === 1 ? (lines[0] as string) : lines.join('\n')
    ;(table.row ??= []).push(c.start === -1 ? htmlCell(text, c.colspan, c.rowspan, x) : htmlCell(text, c.colspan, c.rowspan, x, c.start, c.end))
    // Columns past MAX_GRID_WIDTH are not tracked: no report table is that wide, and a hostile page of
    // colspan="1000" rowspan="2" cells must not cost a thousand writes a cell.
    // Where spans overlap, the longer one still covers the column (HTML's table model).
    if (c.rowspan > 1) for (let k = x; k < Math.min(x + c.colspan, MAX_GRID_WIDTH); k++) table.covered[k] = Math.max(table.covered[k] ?? -1, table.rowIndex + c.rowspan - 1)
    table.x = x + c.colspan
  }

  private closeRow(table: OpenTable): void {
    this.closeCell(table)
    if (table.row && table.row.length > 0) this.grid.push({ cells: table.row, table: true, tableId: table.id })
    // An empty <tr> is a row of the grid all the same: the rowspans above it reach through it.
    if (table.row) table.rowIndex++
    table.row = null
    table.x = 0
  }

  /** A row group (<thead>, <tbody>, <tfoot>) ends every rowspan that reaches into it (HTML's table model). */
  private closeGroup(table: OpenTable): void {
    this.closeRow(table)
    table.covered = []
  }

  /** The page has ended: tables left open are closed, innermost first, and the last prose taken. */
  finish(): { grid: Grid; pageTitle: string | null } {
    for (let table = this.tables.pop(); table; table = this.tables.pop()) this.closeRow(table)
    this.flushProse()
    return { grid: this.grid, pageTitle: this.titleParts.join('').replace(/\s+/g, ' ').trim() || null }
  }

  // Called for every element htmlparser2 opens (void ones are closed again at once, through onclosetag).
  onopentagname(name: string): void {
    if (++this.depth > this.bounds.maxDepth) throw tooDeeplyNested(this.bounds.maxDepth)
    this.opening = name
    this.colspan = this.rowspan = undefined
  }

  /** A cell's spans, the first of each as the parser would keep it. */
  onattribute(name: string, value: string): void {
    if (name === 'colspan') this.colspan ??= value
    else if (name === 'rowspan') this.rowspan ??= value
  }

  /** The open tag has ended (GridParser), or the parser closes what it opened without one (`</p>`, `</br>`). */
  opened(): void {
    const name = this.opening
    if (name === null) return
    this.opening = null
    this.open(name)
  }

  /** The input ended inside an open tag: the parser drops it, and so do we. */
  cutShort(): void {
    this.opening = null
  }

  private open(name: string): void {
    if (this.skipDepth > 0 || SKIPPED.has(name)) {
      if (name === 'title' && this.titleParts.length === 0) this.inTitle = true
      this.skipDepth++
      return
    }
    const table = this.tables.at(-1)
    switch (name) {
      case 'table': {
        // A table inside a cell: the outer cell was layout; what it held so far is prose.
        if (table?.cell) {
          const outer = table.cell
          for (const line of [...outer.lines, outer.current.take()]) {
            const text = collapseSpaces(line).trim()
            if (text) {
              this.spend()
              this.grid.push(proseRow(htmlCell(text)))
            }
          }
          outer.lines = []
          outer.layout = true
        } else this.flushProse()
        this.tables.push(openTable(this.tableCount++))
        return
      }
      case 'tr':
        if (table) this.closeRow(table)
        else this.flushProse()
        if (table) table.row = []
        return
      case 'thead':
      case 'tbody':
      case 'tfoot':
        if (table) this.closeGroup(table)
        return
      case 'td':
      case 'th':
        if (!table) return
        this.closeCell(table)
        table.cell = { lines: [], current: new Pieces(), start: -1, end: -1, colspan: span(this.colspan), rowspan: span(this.rowspan), layout: false }
        return
    }
    if (BLOCK.has(name)) this.breakLine()
  }

  ontext(raw: string): void {
    if (this.skipDepth > 0) {
      if (this.inTitle && this.titleParts.length < 64) this.titleParts.push(raw)
      return
    }
    const text = mapUnits(raw, invisibleUnit)
    const c = this.openCell()
    // Where this text stands in the input: decoded entities make a node's text shorter than its source.
    const blank = text.trim() === ''
    const parser = this.parser as Parser
    if (c) {
      c.current.push(text)
      if (!blank) {
        if (c.start === -1) c.start = parser.startIndex
        c.end = parser.endIndex + 1
      }
      return
    }
    if (!blank) {
      if (this.proseStart === -1) this.proseStart = parser.startIndex
      this.proseEnd = parser.endIndex + 1
    }
    // Line breaks inside <pre> are white space like any other (collapsed when the line is taken).
    this.prose.push(text)
  }

  onclosetag(name: string): void {
    this.opened()
    this.depth--
    if (this.skipDepth > 0) {
      if (name === 'title') this.inTitle = false
      this.skipDepth--
      return
    }
    const table = this.tables.at(-1)
    switch (name) {
      case 'table':
        if (table) {
          this.closeRow(table)
          this.tables.pop()
        }
        return
      case 'tr':
        if (table) this.closeRow(table)
        return
      case 'thead':
      case 'tbody':
      case 'tfoot':
        if (table) this.closeGroup(table)
        return
      case 'td':
      case 'th':
        if (table) this.closeCell(table)
        return
    }
    if (BLOCK.has(name)) this.breakLine()
  }
}

/**
 * Bounded on any input: spans are clamped (MAX_SPAN), cells are counted as they are made (`maxCells`), and
 * parsing stops past `maxDepth` open elements — htmlparser2 keeps its open elements in an array that it
 * shifts and searches per tag, so an unbounded depth would cost time quadratic in the body.
 */
const PARSER_OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true }

/**
 * The parser, telling the builder where each open tag ends. The builder has no `onopentag`: with one, the
 * parser gathers every tag's attributes into an object (a Word page's styles), ~3% of an HTML conversion.
 */
class GridParser extends Parser {
  constructor(private readonly builder: GridBuilder) {
    super(builder, PARSER_OPTIONS)
  }

  override onopentagend(endIndex: number): void {
    this.builder.opened()
    super.onopentagend(endIndex)
  }

  override onselfclosingtag(endIndex: number): void {
    this.builder.opened()
    super.onselfclosingtag(endIndex)
  }
}

// The parser (its tokenizer and entity decoder inside), the builder and its text pieces: made per page, so
// V8 would forget their shapes at a major collection and compile their code again (src/keep-shape.ts).
keepShape(new GridParser(new GridBuilder(DEFAULT_LIMITS)))
keepShape(new Pieces())

export function extractHtml(html: string, bounds: Pick<Limits, 'maxCells' | 'maxDepth'> = DEFAULT_LIMITS): { grid: Grid; pageTitle: string | null } {
  const builder = new GridBuilder(bounds)
  const parser = new GridParser(builder)
  builder.parser = parser
  parser.write(html)
  // A tag still open here was cut off by the input's end: the parser will not open it.
  builder.cutShort()
  parser.end()
  return builder.finish()
}
