import { afterAll, beforeAll, it } from 'vitest'
import { convertReport } from '../../src/convert.ts'
import { CHROMIUM_PATH, hasChromium } from '../support/chromium.ts'
import { describeWithTools, expectShape, seedsOfRun } from '../support/tools/acceptance.ts'
import { BrowserTools } from '../support/tools/browser.ts'
import { browserCases, source, TOOL_SHAPES, type ToolCase } from '../support/tools/cases.ts'

/**
 * Generated reports printed as agencies publish them, opened in Chromium, then selected, copied and pasted into
 * a textarea with the real clipboard, and read as innerText: the converter must give no wrong cell and read
 * at least 99.5% of them (test/support/tools/acceptance.ts).
 */
const CASES = 12
const seeds = seedsOfRun(CASES)

describeWithTools(`Chromium's copy and innerText of generated reports (seeds ${seeds[0]}…)`, hasChromium ? null : `${CHROMIUM_PATH} is missing (apt-get install -y chromium)`, () => {
  let browser: BrowserTools
  let cases: ToolCase[] = []

  beforeAll(async () => {
    browser = await BrowserTools.start()
    cases = await browserCases(browser, await Promise.all(seeds.map((s) => source(s, 'browser'))))
  }, 240_000)
  afterAll(async () => {
    await browser?.close()
  })

  it.each(TOOL_SHAPES.browser)('%s: no wrong cell, ≥ 99.5% read', (shape) => {
    expectShape(cases, shape, convertReport)
  })
})
