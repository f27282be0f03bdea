import type { TableRegion } from '../locate/locate.ts'
import { fold } from '../normalize/fold.ts'
import { cellsOf, rowIndexOf, type TableModel } from '../model/index.ts'
import type { Token } from '../tokens/token.ts'
import type { ValueAlignment } from './align-types.ts'

/**
 * Text without columns gives a row's cells one after another. Words of the table's own column headings between two
 * of a row's cells (`行政许可` / `` / `上一年` `项目数` `量` / `23` / ``: a viewer's reading order set table 二's header
 * among its blocks) say the text is not in the table's order there — its blank lines part blocks, not cells (`23`,
 * 上一年项目数量's figure, had been read as 本年增/减 between two blanks) — and the row is not read.
 */
/** Each table's test for a word of its column headings, made once per isolate (it depends on the model alone). */
const HEADER_WORDS = new WeakMap<TableModel, (word: string) => boolean>()

/** A word of a column heading (`上一年`, folded as tokens are) that is no piece of a row's label too (`其他` of 其他处理 is both). */
function headerWordsOf(table: TableModel): (word: string) => boolean {
  let test = HEADER_WORDS.get(table)
  if (!test) {
    const labels = table.rows.flatMap((row) => [row.label, ...row.variants].map(fold))
    const headers = [...new Set(table.rows.flatMap((row) => row.columns.map((c) => fold(c.label ?? ''))))].filter((h) => h.length >= 2)
    test = (w) => w.length >= 2 && headers.some((h) => h.includes(w)) && !labels.some((l) => l.includes(w))
    HEADER_WORDS.set(table, test)
  }
  return test
}

export function rowsWithWordsAmong(tokens: readonly Token[], region: TableRegion, readings: ValueAlignment['cells'], table: TableModel): Set<number> {
  const out = new Set<number>()
  const headerWord = headerWordsOf(table)
  const labelled = new Set<number>()
  for (const list of region.labels.values()) for (const p of list) labelled.add(p)
  // Each row's first and last token filled on any cheapest alignment (-1: none), by row: no pair made per fill.
  const first = new Int32Array(table.rows.length).fill(-1)
  const last = new Int32Array(table.rows.length).fill(-1)
  const rowIndex = rowIndexOf(table)
  cellsOf(table).forEach((cell, j) => {
    const r = rowIndex.get(cell.row)
    if (r === undefined) return
    for (const f of readings[j]?.fills ?? []) {
      if (tokens[f.token]?.col !== undefined) return
      if (first[r] === -1 || f.token < (first[r] as number)) first[r] = f.token
      if (last[r] === -1 || f.token > (last[r] as number)) last[r] = f.token
    }
  })
  for (let r = 0; r < table.rows.length; r++) {
    const from = first[r] as number
    const to = last[r] as number
    if (from === -1) continue
    for (let i = from + 1; i < to; i++) {
      const t = tokens[i] as Token
      if (t.kind === 'text' && !labelled.has(i) && headerWord(t.folded)) {
        out.add(r)
        break
      }
    }
  }
  return out
}
