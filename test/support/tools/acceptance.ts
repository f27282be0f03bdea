import { describe, expect, it } from 'vitest'
import type { ToolCase, ToolShape } from './cases.ts'
import { addScores, readShare, scoreCase, type Convert } from './score.ts'

/**
 * What issue 10 asks of the converter on text from real tools: not one wrong cell, and at least this share of
 * cells read — a browser's copy and Word/LibreOffice text 99.5%, each pdftotext order 97%.
 */
export const MIN_READ: Record<ToolShape, number> = {
  'Chromium copy and paste': 99.5,
  'Chromium innerText': 99.5,
  'Chromium PDF, pdftotext -layout': 97,
  'Chromium PDF, pdftotext -raw': 97,
  'Chromium PDF, pdftotext (reading order)': 97,
  'LibreOffice text of a .docx': 99.5,
  'LibreOffice text of the page': 99.5,
}

/** Seeds of a run: `TOOLS_SEED` replays one, else new ones each run (named in the describe block). */
export function seedsOfRun(count: number): number[] {
  const base = Number(process.env.TOOLS_SEED ?? Math.floor(Math.random() * 1_000_000_000))
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
  expect(readShare(sum), `${sum.right}/${sum.cells} cells read; fewest in ${detail}`).toBeGreaterThanOrEqual(MIN_READ[shape])
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
