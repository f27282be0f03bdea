import type { Rendered } from './shapes.ts'
import { verify } from './verify.ts'
import { valueAt } from '../../../src/schema/paths.ts'

/**
 * The two measures of the property tests. Per report: no difference that `verify` calls one — never a number
 * in another cell, every null named by a warning, the report fields, the narrative and the checks as generated.
 * Over all reports of a shape: the share of cells read exactly, which a test bounds from below.
 */
export interface ReadShare {
  cells: number
  read: number
}

export function newShare(): ReadShare {
  return { cells: 0, read: 0 }
}

/** Differences of one report (empty: acceptable); counts its cells into `share`. */
export function score(rendered: Rendered, got: unknown, share: ReadShare): string[] {
  for (const [path, want] of rendered.generated.expected.cells) {
    share.cells++
    if ((valueAt(got as never, path) ?? null) === want) share.read++
  }
  // Any shape may leave a cell null with a warning naming it, never give it another number; how many it leaves
  // is what the share bounds.
  return verify(rendered, got as never, 'never-wrong')
}

export function percent(share: ReadShare): number {
  return share.cells === 0 ? 0 : (100 * share.read) / share.cells
}
