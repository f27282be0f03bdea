import { join } from 'node:path'
import { expect, it } from 'vitest'
import { ALTERED, MARKUP, SEED, cell, describeInChromium, read, root } from '../support/page-session.ts'

/**
 * Provenance on the page (GET /), in Chromium against `wrangler dev`: clicking or focusing a cell shows the
 * report's own text around the figure, the figure marked; a failed check links to its cells' sources.
 */
interface Entry {
  start: number
  end: number
  text: string
}

describeInChromium('the page shows where a figure was read', (s) => {
  const provenanceOf = async (path: string) =>
    (await s.page.evaluate((p) => (JSON.parse(document.querySelector('#json')?.textContent ?? '{}') as { provenance?: Record<string, unknown> }).provenance?.[p], path)) as Entry | undefined

  it('a clicked cell shows its line of the pasted text with the figure marked', async () => {
    const input = read(SEED)
    await s.paste(input)
    await s.converted()
    expect(await s.page.isHidden('#source-view')).toBe(true)
    const path = 'applications.rows.newlyReceived.total'
    await s.page.click(cell(path))
    await s.page.waitForSelector('#source-view:not([hidden])')
    const entry = await provenanceOf(path)
    expect(entry).toBeDefined()
    expect(input.slice(entry?.start, entry?.end)).toBe(entry?.text)
    expect(await s.page.textContent('#source-text mark')).toBe(entry?.text)
    // The seed sets one cell per line: the figure's line, and the two above it (its row's label and the
    // cell before it), nothing past it.
    const shown = (await s.page.textContent('#source-text')) ?? ''
    expect(shown.endsWith(`${entry?.text}`)).toBe(true)
    expect(input.slice(0, entry?.end).endsWith(shown)).toBe(true)
    expect(shown.split('\n').length).toBe(3)
    expect(await s.page.textContent('#source-where')).toContain(`第 ${(entry?.start ?? 0) + 1}–${entry?.end} 个字符`)
    expect(await s.page.getAttribute('#source-view', 'data-path')).toBe(path)
    expect(s.problems).toEqual([])
  })

  it('a cell focused by keyboard shows its source too; a blank cell says it has none', async () => {
    // The seed with 采购项目数量 left blank as reports do (—).
    const lines = read(SEED).split('\n')
    expect(lines[124]?.trim()).toBe('1679')
    lines[124] = '        —'
    await s.paste(lines.join('\n'))
    await s.converted()
    const path = 'applications.rows.newlyReceived.naturalPerson'
    await s.page.focus(cell(path))
    await s.page.waitForSelector('#source-view:not([hidden])')
    expect(await s.page.getAttribute('#source-view', 'data-path')).toBe(path)
    expect(await s.page.textContent('#source-text mark')).toBe((await provenanceOf(path))?.text)
    // Tab moves to the next cell of the row, and the panel follows it.
    await s.page.keyboard.press('Tab')
    expect(await s.page.getAttribute('#source-view', 'data-path')).toBe('applications.rows.newlyReceived.commercialEnterprise')
    const blank = 'activeDisclosure.centralizedProcurement.projects'
    expect(await provenanceOf(blank)).toBeUndefined()
    await s.page.click(cell(blank))
    expect(await s.page.getAttribute('#source-view', 'data-path')).toBe(blank)
    expect(await s.page.textContent('#source-where')).toContain('没有出处')
    expect(await s.page.locator('#source-text *').count()).toBe(0)
    expect(s.problems).toEqual([])
  })

  it("a failed check's cells link to their sources", async () => {
    await s.paste(read(ALTERED))
    await s.converted()
    const balance = s.page.locator('#checks-failed li[data-check="applications.balance.total"]')
    const links = balance.locator('.source-link')
    expect(await links.count()).toBeGreaterThan(0)
    const path = (await links.first().getAttribute('data-path')) ?? ''
    await links.first().click()
    expect(await s.page.evaluate(() => document.activeElement?.getAttribute('data-path'))).toBe(path)
    expect(await s.page.getAttribute('#source-view', 'data-path')).toBe(path)
    // HTML: the source is the page's markup around the cell's text, shown as text.
    expect(await s.page.textContent('#source-text mark')).toBe((await provenanceOf(path))?.text)
    expect(s.problems).toEqual([])
  })

  it('shows report text as text: markup in the source never becomes elements', async () => {
    await s.paste(read(MARKUP))
    await s.converted()
    const cells = await s.page.locator('td[data-path][tabindex="0"]').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-path') ?? ''))
    expect(cells.length).toBeGreaterThan(100)
    for (const path of cells.slice(0, 40)) {
      await s.page.click(cell(path))
      expect(await s.page.locator('#source-text *').count(), path).toBe(1)
    }
    expect(s.dialogs).toEqual([])
    expect(s.problems).toEqual([])
  })

  // `npm run screenshot` writes the README's pictures; a plain test run leaves docs/ alone.
  it.runIf(process.env.PAGE_SCREENSHOT === '1')('writes docs/page-source.png', async () => {
    await s.page.setViewportSize({ width: 1440, height: 900 })
    await s.paste(read(SEED))
    await s.converted()
    await s.page.click(cell('applications.rows.newlyReceived.total'))
    await s.page.waitForSelector('#source-view:not([hidden])')
    await s.page.screenshot({ path: join(root, 'docs', 'page-source.png') })
  })
})
