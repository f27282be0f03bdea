import { valueAt } from '../../../src/schema/paths.ts'
import type { Rendered } from '../generator/shapes.ts'

/**
 * One case scored against the generator's truth, cell by cell of the three tables: right (the generated value,
 * a null included where the report prints a blank), missing (null where the report prints a value), wrong (a
 * value where the truth is another value or a blank) — the one failure users cannot forgive.
 */

export interface CellScore {
  cells: number
  right: number
  missing: number
  wrong: number
  /** `path: want X got Y` for each wrong cell. */
  wrongCells: string[]
  /** The conversion's error code, where it refused the input (every cell is then missing). */
  error?: string
}

export type Convert = (input: string, options: { inputType: 'html' | 'text' }) => unknown

export function scoreCase(rendered: Pick<Rendered, 'input' | 'inputType' | 'generated'>, convert: Convert): CellScore {
  const score: CellScore = { cells: 0, right: 0, missing: 0, wrong: 0, wrongCells: [] }
  let got: unknown = null
  try {
    got = convert(rendered.input, { inputType: rendered.inputType })
  } catch (e) {
    score.error = (e as { code?: string }).code ?? String(e)
  }
  for (const [path, want] of rendered.generated.expected.cells) {
    score.cells++
    const have = got === null ? null : (valueAt(got, path) ?? null)
    if (have === want) score.right++
    else if (have === null) score.missing++
    else {
      score.wrong++
      score.wrongCells.push(`${path}: want ${JSON.stringify(want)} got ${JSON.stringify(have)}`)
    }
  }
  return score
}

export function addScores(scores: readonly CellScore[]): CellScore {
  const sum: CellScore = { cells: 0, right: 0, missing: 0, wrong: 0, wrongCells: [] }
  for (const s of scores) {
    sum.cells += s.cells
    sum.right += s.right
    sum.missing += s.missing
    sum.wrong += s.wrong
    sum.wrongCells.push(...s.wrongCells)
  }
  return sum
}

/** The share of cells read right, in percent. */
export const readShare = (s: CellScore) => (s.cells === 0 ? 0 : (100 * s.right) / s.cells)
