import type { ColumnModel, RowModel } from '../model/index.ts'
import type { Token } from '../tokens/token.ts'

/**
 * One token as the value of one cell of the model: a number the column can hold, or blank, or unreadable.
 * A count holds whole numbers; only an amount holds decimals; a unit printed in the cell must leave the
 * number the column's figure (`12件` is 12; `12万` in a count or `251000元` under a 万元 header is another
 * scale, and read as printed it would be a wrong number).
 */
export type CellValue = { kind: 'value'; value: number; unit: string | null } | { kind: 'blank' } | { kind: 'unreadable' }

/** Units that only name what is counted (`12件`): the number is the count. */
const COUNT_UNITS = new Set(['件', '个', '项', '条', '次', '人'])

function unitFits(column: ColumnModel, unit: string | null): boolean {
  if (unit === null || column.unitKey) return true
  if (column.kind === 'amount') return column.headerUnit !== undefined && unit === column.headerUnit
  return COUNT_UNITS.has(unit)
}

export function readCellValue(token: Token, column: ColumnModel): CellValue {
  if (token.kind === 'mark' || token.kind === 'empty') return { kind: 'blank' }
  if (token.value === undefined || token.kind === 'bad' || token.kind === 'text') return { kind: 'unreadable' }
  const unit = token.unit ?? null
  if (column.kind !== 'amount' && !Number.isInteger(token.value)) return { kind: 'unreadable' }
  if (column.kind === 'count' && token.value < 0) return { kind: 'unreadable' }
  if (!unitFits(column, unit)) return { kind: 'unreadable' }
  return { kind: 'value', value: token.value, unit }
}

export function sameValue(a: CellValue, b: CellValue): boolean {
  if (a.kind !== b.kind) return false
  return a.kind !== 'value' || (b.kind === 'value' && a.value === b.value && a.unit === b.unit)
}

/**
 * What every cheapest alignment reads in a cell (its fills): the one value, or null where some alignment leaves it
 * unfilled or they disagree. One figure on every alignment, or blanks only: two figures that happen to be equal
 * are still two readings of the table (the row around them disagrees). A glued fill reads unreadable here. The
 * fills read one at a time, no list of their values made per cell (most cells: one fill).
 */
export function agreedValue(tokens: readonly Token[], reading: { fills: readonly { type: string; token: number }[]; unfilled: boolean }, column: ColumnModel): CellValue | null {
  const fills = reading.fills
  const read = (f: { type: string; token: number }): CellValue => (f.type === 'token' ? readCellValue(tokens[f.token] as Token, column) : { kind: 'unreadable' })
  const first = fills[0]
  if (!first || reading.unfilled) return null
  const value = read(first)
  for (let k = 1; k < fills.length; k++) {
    const v = read(fills[k] as (typeof fills)[number])
    if (v.kind !== 'blank' || !sameValue(v, value)) return null
  }
  return value
}

/**
 * A count cell filled by a signed figure on some alignment — negative, or printed with its `+` — in a row with a
 * signed column (本年增/减) that figure may be: a viewer set the row's figures out of their columns' order (`－262 …
 * 27` for 27 and −262; `+40 ２０４９` with the count's blank left out), so no figure of the row is in its cell for
 * certain — not only the one the count cannot hold.
 */
export function signedOutOfPlace(tokens: readonly Token[], row: RowModel, readings: readonly { fills: readonly { type: string; token: number }[] }[]): boolean {
  if (!row.columns.some((c) => c.kind === 'signed')) return false
  return row.columns.some((c, k) => c.kind === 'count' && (readings[k]?.fills ?? []).some((f) => f.type === 'token' && signed(tokens[f.token])))
}

function signed(t: Token | undefined): boolean {
  return t !== undefined && ((t.value ?? 0) < 0 || /^\s*[+＋]/.test(t.text))
}
