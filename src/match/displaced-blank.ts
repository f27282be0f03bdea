import type { CellValues } from './glued.ts'

/**
 * A viewer may set a blank cell's mark (`——`) apart from the row's figures: pdftotext -layout may print it at the
 * line's end, where the row's total stands, and the figures after the blank cell then stand one cell left
 * (`0 ０ 17 0 0 17 ——` for 0 0 —— 17 0 0 17). Read as printed, the row's total is blank and its equation says
 * nothing; where the mark set back into an earlier cell makes the row's last figure the sum of the others, the
 * text holds two readings, and the row is not read. Moves that only trade a blank for a zero (`0 0 0 0 0 0 ——`)
 * put no figure in another cell, and doubt nothing. (A mark set before the last figure, `… 0 / 18` for … 0 18 /,
 * breaks the row's total as printed, as a report's slip does: doubting those rows cost a point and a half of
 * every order's cells, and they stay read as printed, the check reporting the total.) `paths`: the row's total
 * first, then its parts in their columns' order (the total is the row's last cell).
 */
export function displacedBlank(values: CellValues, paths: readonly string[], blanks: ReadonlySet<string>): boolean {
  const [total, ...parts] = paths
  if (total === undefined || values.get(total) !== null || !blanks.has(total)) return false
  const printed: (number | null)[] = []
  for (const p of [...parts, total]) {
    const v = values.get(p)
    // A cell neither read nor printed blank: the row is not read, there is nothing to doubt.
    if (v === null ? !blanks.has(p) : typeof v !== 'number') return false
    printed.push(v as number | null)
  }
  const n = printed.length
  for (let k = 0; k < n - 1; k++) {
    const moved = [...printed.slice(0, k), null, ...printed.slice(k, n - 1)]
    const last = moved[n - 1]
    if (typeof last !== 'number') continue
    let sum = 0
    for (let i = 0; i < n - 1; i++) sum += moved[i] ?? 0
    if (sum === last && moved.some((v, i) => (v ?? 0) !== (printed[i] ?? 0))) return true
  }
  return false
}
