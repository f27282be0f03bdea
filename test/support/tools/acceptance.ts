import { describe, expect, it } from 'vitest'
import type { ToolCase, ToolShape } from './cases.ts'
import { addScores, readShare, scoreCase, type Convert } from './score.ts'

/**
 * What the engine is asked on text from real tools: not one wrong cell, and at least a share of cells read —
 * a browser's copy and Word/LibreOffice text 99.5%, each pdftotext order 97% (TARGET). The tests hold the
 * floor the engine reaches on the seeds they run (FLOOR, measured by `npm run score:tools`, docs/measured/
 * tools.md); where the floor is below the target, the gap is the engine's open work, said in docs/engine.md.
 * A wrong cell fails whatever the share.
 */
export const TARGET: Record<ToolShape, number> = {
  'Chromium copy and paste': 99.5,
  'Chromium innerText': 99.5,
  'Chromium PDF, pdftotext -layout': 97,
  'Chromium PDF, pdftotext -raw': 97,
  'Chromium PDF, pdftotext (reading order)': 97,
  'LibreOffice text of a .docx': 99.5,
  'LibreOffice text of the page': 99.5,
  "LibreOffice's PDF of a .docx, pdftotext -layout": 97,
  "LibreOffice's PDF of a .docx, pdftotext -raw": 97,
  "LibreOffice's PDF of a .docx, pdftotext (reading order)": 97,
}

export const FLOOR: Record<ToolShape, number> = {
  ...TARGET,
  // -raw meets its target (99.4% over 30 seeds, 100% on the eight the test runs): no floor below it.
  // -layout 97.0% over 30 seeds (96.6% on the eight the test runs, 2026-12-03, 22:05): its floor two points below;
  // reading order 68.2% (72.0% on the eight): its floor six below.
  'Chromium PDF, pdftotext -layout': 94.5,
  'Chromium PDF, pdftotext (reading order)': 66,
  // LibreOffice's export of the generator's .docx: narrow tables, figures wrapped a character or two a line.
  // -layout 60.7% and -raw 95.8% over 30 seeds (60.1% and 96.3% on the eight the test runs, 2026-12-03, 22:05): floors
  // a few points below. Reading order regroups nearly every cell away from its row: only its 0 wrong cells are asked.
  "LibreOffice's PDF of a .docx, pdftotext -layout": 57,
  "LibreOffice's PDF of a .docx, pdftotext -raw": 93,
  "LibreOffice's PDF of a .docx, pdftotext (reading order)": 0,
}

/** Seeds of a run: fixed, so that CI runs what was measured; `TOOLS_SEED` explores others. */
export function seedsOfRun(count: number): number[] {
  const base = Number(process.env.TOOLS_SEED ?? 1)
  return Array.from({ length: count }, (_, k) => base + k)
}

/** Asserts one shape's cases: 0 wrong cells, then the read share; a failure names the seeds to replay. */
export function expectShape(cases: readonly ToolCase[], shape: ToolShape, convert: Convert) {
  const mine = cases.filter((c) => c.shape === shape)
  expect(mine.length).toBeGreaterThan(0)
  const scores = mine.map((c) => ({ seed: c.seed, narrow: c.narrow, ...scoreCase(c, convert) }))
  const sum = addScores(scores)
  const wrong = scores.filter((s) => s.wrong > 0).map((s) => `seed ${s.seed}${s.narrow ? ' (narrow columns)' : ''}: ${s.wrongCells.slice(0, 4).join('; ')}`)
  expect(wrong, `${sum.wrong} wrong cell(s) — replay with TOOLS_SEED=seed or node scripts/score-tools.mjs --seed seed --cases 1`).toEqual([])
  const worst = [...scores].sort((a, b) => a.right / a.cells - b.right / b.cells).slice(0, 3)
  const detail = worst.map((s) => `seed ${s.seed}: ${s.right}/${s.cells}${s.error ? ` (${s.error})` : ''}`).join(', ')
  expect(readShare(sum), `${sum.right}/${sum.cells} cells read; fewest in ${detail}`).toBeGreaterThanOrEqual(FLOOR[shape])
}

/** A describe block that holds one skipped test saying why, when a tool is missing. */
export function describeWithTools(name: string, missing: string | null, body: () => void) {
  if (missing) {
    const message = `skipped: ${missing}`
    console.warn(`${name}: ${message}`)
    describe(name, () => it.skip(message, () => {}))
    return
  }
  describe(name, body)
}
