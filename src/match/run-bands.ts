import type { ColumnModel } from '../model/index.ts'
import type { Token } from '../tokens/token.ts'
import { cellValue, UNIT, type StackPiece, type StackRow } from './stack-cells.ts'

/**
 * A run's rows as bands down the page (stack-runs.ts). A row whole on its label's line — as many figures there as
 * it has cells — holds that line alone: the rows beside it stop short of it (`0 0 4 4 ０ 0 8` beside 上年结转 is none
 * of 本年新收's wrapped figures). And such a row's figures as printed, breaking its total, are the report's slip
 * (`8 0 30 0 0件 0 30`) where no piece stands on the lines touching its own but a neighbour's whole row: that
 * placing is set aside for the row, as a blank's is, not failed, so it reads the run's other rows. A piece under or
 * over it (`28 3 0 0 0 0 28` over `8 8`, 288) may be its figures' rest: there its arithmetic weighs every placing.
 */

/** Whether a row's cells, in one placing, are its printed slip (set aside in the equations across the run too). */
export type Slipped = (values: readonly (number | null)[]) => boolean

/**
 * Narrows each run row's reach (`lo`, `hi`) past its neighbours' whole lines, and lets a whole row's printed slip
 * stand as set aside; returns, per run row, whether a placing holds that slip. `labelLines(r)`: a table row's label
 * lines; the run holds table rows `top` to `top + rows.length - 1`.
 */
export function bandRows(tokens: readonly Token[], rows: StackRow[], pieces: readonly StackPiece[], top: number, labelLines: (r: number) => number[]): (Slipped | undefined)[] {
  const n = rows[0]?.columns.length ?? 0
  const count = new Map<number, number>()
  for (const p of pieces) if (!UNIT.test(p.text)) count.set(p.line, (count.get(p.line) ?? 0) + 1)
  const wholeLine = (r: number) => (r < top || r >= top + rows.length ? undefined : labelLines(r).find((l) => count.get(l) === n))
  return rows.map((row, k) => {
    const up = wholeLine(top + k - 1)
    const down = wholeLine(top + k + 1)
    if (up !== undefined) row.lo = Math.max(row.lo, up + 1)
    if (down !== undefined) row.hi = Math.min(row.hi, down - 1)
    const own = wholeLine(top + k)
    if (own === undefined || ![own - 1, own + 1].every((l) => !count.has(l) || l === up || l === down)) return undefined
    const printed = pieces.filter((p) => p.line === own && !UNIT.test(p.text)).sort((a, b) => a.col - b.col)
    const values = printed.map((p, j) => cellValue(tokens, [p], row.columns[j] as ColumnModel))
    if (values.some((v) => v === undefined)) return undefined
    const asPrinted = (vs: readonly (number | null | undefined)[]) => vs.every((v, j) => v === undefined || v === values[j])
    const { fits, partial } = row
    row.fits = (vs) => fits(vs) || asPrinted(vs)
    row.partial = (vs) => partial(vs) || asPrinted(vs)
    return (vs) => !fits(vs) && asPrinted(vs)
  })
}
