import type { TableRegion } from '../locate/locate.ts'
import type { Token } from '../tokens/token.ts'

/**
 * A viewer's reading order may print a page's right-hand columns after everything else on the page (column-blocks.ts)
 * — and where the table's last page also holds the next section's heading and the first words of its table, those
 * come first: `四．…行政诉讼情况` `行政复议`, the page's footer, then the blocks of table 三's figures, then the rest
 * of table 四's header. Such a block stands past the table's region. It is offered to the table as figures after its
 * last row's (where its own page's blocks would stand), and taken only where column-blocks.ts puts every one of
 * them back in a row, by the rows' order, counts and totals; the next table then starts after it.
 */

/** Words between the table's region and the block at most: the next section's heading and its table's first word. */
const MAX_WORDS = 2
/**
 * Words at most where more of the next table's header stands before the block (`行政复议` `结果 结果 其他 尚未 总计`
 * `直接起诉` …): then only where that table's own figures, as many as its cells, follow the block in its region.
 */
const MAX_HEADER_WORDS = 12

/**
 * The tokens of the run of figures (with the blank lines between them) that follows the table's region after at
 * most two words and before any other word; empty where there is none, where a word stands on a figure's line, or
 * where the run holds more figures than the table has cells.
 */
export function tailFigures(tokens: readonly Token[], region: TableRegion, cells: number, after?: { region: TableRegion; cells: number }): number[] {
  let i = region.end
  let words = 0
  for (; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (t.kind === 'empty') continue
    if (t.kind !== 'text') break
    if (++words > MAX_HEADER_WORDS) return []
  }
  // A table whose region runs on into figures has nothing past it that the region left out.
  if (words === 0) return []
  const out: number[] = []
  let figures = 0
  for (; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (t.kind === 'text') break
    out.push(i)
    if (t.kind !== 'empty' && ++figures > cells) return []
  }
  // The run ends where a word begins a line of its own: a word on a figure's line is no block's edge.
  const next = tokens[i]
  const last = tokens[out.at(-1) ?? -1]
  if (next && last && next.line === last.line) return []
  while (out.length > 0 && tokens[out.at(-1) as number]?.kind === 'empty') out.pop()
  // Past the heading and one word, the run may be the next table's own figures under its header: it is offered only
  // where that table's figures, as many as its cells, still stand after it.
  if (words > MAX_WORDS && !followedByTable(tokens, i, after)) return []
  return out
}

/** The next table's region holds, from `from` on, at least as many figures as it has cells. */
function followedByTable(tokens: readonly Token[], from: number, next?: { region: TableRegion; cells: number }): boolean {
  if (!next || from < next.region.start) return false
  let figures = 0
  for (let i = from; i < next.region.end && figures < next.cells; i++) if (tokens[i]?.kind === 'number' || tokens[i]?.kind === 'mark') figures++
  return figures >= next.cells
}

/** The region of the table after it, started past the figures the table before it took (where they open it). */
export function pastBorrowed(tokens: readonly Token[], region: TableRegion, borrowed: readonly number[]): TableRegion {
  const first = borrowed[0]
  const last = borrowed.at(-1)
  if (first === undefined || last === undefined || first < region.start || last >= region.end) return region
  // Only words may stand between the region's start and the figures taken: nothing of the table's own cells.
  for (let i = region.start; i < first; i++) if (tokens[i]?.kind !== 'text' && tokens[i]?.kind !== 'empty') return region
  return { ...region, start: last + 1 }
}
