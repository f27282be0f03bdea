import type { ColumnModel, RowModel } from '../model/index.ts'
import type { Token } from '../tokens/token.ts'
import { piecesValue, type CellFits, type JoinedReading, type RowFits } from './wrapped-cells.ts'

/**
 * Text in reading order, a wide row whose one cell wrapped over two lines while its other cells, one line each,
 * are set midway down the row: pdftotext gives the wrapped figure's first piece, then the other cells, then its
 * rest (`２０３` / `０ 25174 9407 3 200 36817` / `３` for 2033; `19，` / `0 19292 0 0 4` / `296` for 19,296). The
 * one-line cells keep the text's order; where the wrapped cell stands among them the text does not say, so it is
 * offered at every place, and the row's arithmetic (the columns' too, where known) chooses — the caller reads a row
 * only where every reading that fits agrees. Only for one piece more than the row's cells, joined from two pieces
 * with another piece between them (pieces side by side are raw-joins.ts's); bounded by pieces × cells².
 */
export function apartReadings(tokens: readonly Token[], pieces: readonly number[], row: RowModel, onLabel: (line: number) => boolean, cellFits: CellFits, rowFits: RowFits): JoinedReading[] {
  const want = row.columns.length
  const out: JoinedReading[] = []
  if (pieces.length !== want + 1 || row.columns.some((c) => c.unitKey)) return out
  const lineOf = (k: number) => tokens[pieces[k] as number]?.line ?? -1
  // The rest ends the row's pieces: a cell after it was set as low as the wrapped one's last line, and the text's
  // order of the cells is then not theirs (`0 22176` over `176 0件 ０`, 22,176 the first cell).
  const b = pieces.length - 1
  for (let a = 0; a < b - 1; a++) {
    // Every piece between first part and rest on a line between theirs, and none on a label's line: a cell set
    // there is placed by the label, not with the other cells, and its order among them is not the text's (`0 4 0 0`
    // over `只计这一情形… 1497件 0`, 1497 the first cell).
    let between = true
    // Cells on the first part's own line (not the label's) are set at the wrapped cell's top, the others midway: two
    // heights, whose order among each other is not the text's (`1．本机关不掌握相关 0` / `26851 0 26，` / `0` / `0` /
    // `0` / `851`: 26,851 the fifth cell and the total, not the second and the total).
    for (let k = 0; k < a; k++) if (lineOf(k) === lineOf(a) && !onLabel(lineOf(a))) between = false
    for (let k = a + 1; k < b; k++) if (lineOf(k) <= lineOf(a) || lineOf(k) >= lineOf(b) || onLabel(lineOf(k))) between = false
    if (!between) continue
    const others = pieces.flatMap((_, k) => (k === a || k === b ? [] : [k]))
    for (let at = 0; at < want; at++) {
      const cells = [...others.slice(0, at).map((k) => [k]), [a, b], ...others.slice(at).map((k) => [k])]
      const values: (number | null)[] = []
      for (let k = 0; k < want; k++) {
        const v = piecesValue(tokens, pieces, cells[k] as number[], row.columns[k] as ColumnModel)
        if (v === undefined || !cellFits(k, v)) break
        values.push(v)
      }
      if (values.length !== want || !rowFits(values)) continue
      out.push({ values, sources: cells.map((c) => pieces[c[0] as number] as number), pieces: cells.map((c) => c.map((k) => pieces[k] as number)) })
    }
  }
  return out
}
