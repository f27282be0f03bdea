import type { Constraint } from './glued-constraints.ts'

/** Groups of glued rows that share a constraint (union–find over the constraints' cells). */
export function components<V extends { paths: readonly string[] }>(vars: readonly V[], constraints: readonly Constraint[]): V[][] {
  const parent = vars.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] ?? i)))
  const owner = new Map<string, number>()
  vars.forEach((v, i) => v.paths.forEach((p) => owner.set(p, i)))
  // Each constraint ties every row it holds to the first: no list of its cells or rows made (the format's every equation is asked).
  for (const c of constraints) {
    const first = tie(c.left, owner, parent, find, -1)
    tie(c.right, owner, parent, find, first)
  }
  const groups = new Map<number, V[]>()
  vars.forEach((v, i) => {
    const root = find(i)
    const group = groups.get(root)
    if (group) group.push(v)
    else groups.set(root, [v])
  })
  return [...groups.values()]
}

/** The rows holding `cells` joined to the row `first` (or to the first of them, if -1); returns the row they joined. */
function tie(cells: readonly string[], owner: ReadonlyMap<string, number>, parent: number[], find: (i: number) => number, first: number): number {
  for (const p of cells) {
    const i = owner.get(p)
    if (i === undefined) continue
    if (first < 0) first = i
    else parent[find(i)] = find(first)
  }
  return first
}

/**
 * The one value the readings give cell `k`, or undefined where they give two or none: what a set of them holds when
 * its size is 1 (SameValueZero, -0 as 0), without a set and an array per cell of every row read.
 */
export function onlyValue(readings: readonly (readonly number[])[], k: number): number | undefined {
  const first = readings[0]?.[k]
  if (readings.length === 0) return undefined
  for (let i = 1; i < readings.length; i++) {
    const v = readings[i]?.[k]
    if (v !== first && !(v !== v && first !== first)) return undefined
  }
  return first === 0 ? 0 : first
}
