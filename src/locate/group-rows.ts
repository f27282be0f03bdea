import type { TableModel } from '../model/index.ts'
import type { Token } from '../tokens/token.ts'
import type { LabelIndex } from './likeness.ts'

/**
 * Groups a report prints as one row: the group's label with figures of its own, and none of its rows' labels
 * (hongze 2024 prints 2021's （六）其他处理 as 2019 did, one line of seven figures, without its three rows). The
 * figures on that label's line are the group's, no row's cells and no wrap's pieces: two rows never share a line.
 */

/** How like a group label a text must be to stand for it (a character missing or swapped still is). */
const GROUP_LIKENESS = 0.8
/** A group label is a short text: longer ones are prose or a row label beside it. */
const MAX_GROUP_TEXT = 24

const GROUP_ROWS = new WeakMap<TableModel, readonly (readonly number[])[]>()

/** Per group of the table, the indices of its rows: the model's, worked out once per table and isolate. */
function groupRows(table: TableModel): readonly (readonly number[])[] {
  let rows = GROUP_ROWS.get(table)
  if (!rows) {
    rows = table.groups.map((group) => table.rows.flatMap((row, r) => (row.group === group ? [r] : [])))
    GROUP_ROWS.set(table, rows)
  }
  return rows
}

/**
 * The tokens in [start, end) that stand for a group none of whose rows is labelled: one per such group, and
 * only where exactly one text there is like it and like no other group. Linear in the region.
 */
export function groupsAlone(tokens: readonly Token[], table: TableModel, start: number, end: number, labelled: { has(row: number): boolean }, index: LabelIndex | undefined): number[] {
  if (!index) return []
  const alone = new Set<number>()
  groupRows(table).forEach((rows, k) => {
    if (rows.length > 0 && rows.every((r) => !labelled.has(r))) alone.add(k)
  })
  if (alone.size === 0) return []
  const found = new Map<number, number[]>()
  for (let i = start; i < end; i++) {
    const t = tokens[i] as Token
    if (t.kind !== 'text' || t.folded.length > MAX_GROUP_TEXT) continue
    const matches = index.match(index.probe(t.folded), GROUP_LIKENESS)
    const owners = new Set(matches.map((m) => m.entry.owner))
    const [owner] = owners
    if (owners.size !== 1 || owner === undefined || !alone.has(owner)) continue
    found.set(owner, [...(found.get(owner) ?? []), i])
  }
  return [...found.values()].flatMap((at) => (at.length === 1 ? at : []))
}
