import type { Token } from '../tokens/token.ts'

/**
 * A row of a counted run (counted-runs.ts) whose label stands among its figures: some before the label, on lines of
 * their own, and the rest after it on the label's own line (`15 0 0 ０ 0 15` / `五、不 3.要求提供公开出版物 0` for
 * 0 15 0 0 0 0 15, seed 12). A row's one-line cells share its label's baseline, and a line keeps its words left to
 * right: a figure on the label's line right after it stands in the column beside the label, no other cell of the
 * row between them. So the figures on the label's line are the row's first cells, and those the viewer set before
 * the label, as a block of its own, the rest in their order. Returns the row's figures so ordered, or null where the
 * text is not so (no label among them, figures after it off its line, or words among the figures on either side).
 */
export function labelLineFirst(tokens: readonly Token[], own: readonly number[], label: number | undefined): number[] | null {
  const at = tokens[label ?? -1]
  if (label === undefined || at === undefined) return null
  const before = own.filter((i) => i < label)
  const after = own.filter((i) => i > label)
  if (before.length === 0 || after.length === 0) return null
  // Figures after the label: on its line, with nothing but figures between it and them.
  if (after.some((i) => tokens[i]?.line !== at.line)) return null
  for (let i = label + 1; i < (after.at(-1) as number); i++) if (tokens[i]?.kind === 'text') return null
  // Figures before the label: no words among them (a wrapped label's piece may have taken a column with it).
  for (let i = (before[0] as number) + 1; i < (before.at(-1) as number); i++) if (tokens[i]?.kind === 'text') return null
  return [...after, ...before]
}
