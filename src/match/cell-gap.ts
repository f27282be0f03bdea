import type { StackPiece } from './stack-cells.ts'

/**
 * How far a piece stands beside a wrapped cell's pieces, in characters (0: their columns overlap). A cell's lines are
 * set centred or right-aligned, so its first piece may start left of a narrower piece over it (`1` over `2，` / `57`
 * / `7`: 12,577, the `1` over the `7`), and across a page break pdftotext sets the next page's columns a few
 * characters off (`55` then `3` under it, 14553): the piece is weighed against the cell's whole extent, every line.
 */
export function cellGap(p: StackPiece, cell: readonly StackPiece[]): number {
  if (cell.length === 0) return Infinity
  let from = Infinity
  let to = -Infinity
  for (const q of cell) {
    from = Math.min(from, q.col)
    to = Math.max(to, q.col + q.text.length)
  }
  return Math.max(0, p.col - to + 1, from - (p.col + p.text.length) + 1)
}

/** Placings of a line's free pieces tried at most: past it, the line leaves no row in doubt (as before). */
const MAX_PLACINGS = 64

/**
 * Every way of placing a line's free pieces in a read row's cells (`cells`, by column), each piece in a column it
 * may stand in: those of its page's columns (`columns`, stack-runs.ts) whose cell it stands within `drift` of, or —
 * none being so near — any of them (a page break moves the columns, not the cell's rest out of its own). Empty
 * where a piece stands in no column, or the placings pass the bound.
 */
export function placings(ps: readonly StackPiece[], cells: readonly (readonly StackPiece[])[], drift: number): [StackPiece, number][][] {
  let out: [StackPiece, number][][] = [[]]
  for (const p of ps) {
    const open = p.columns.filter((j) => (cells[j]?.length ?? 0) > 0)
    const near = open.filter((j) => cellGap(p, cells[j] ?? []) <= drift)
    const choices = near.length > 0 ? near : open
    if (choices.length === 0 || out.length * choices.length > MAX_PLACINGS) return []
    out = out.flatMap((placed) => choices.map((j): [StackPiece, number][] => [...placed, [p, j]]))
  }
  return out
}
