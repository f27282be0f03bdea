import { expect, it } from 'vitest'
import { ALTERED, MARKUP, SEED, TOTAL_OF_TOTALS, cell, describeInChromium, read } from '../support/page-session.ts'

/**
 * What the page (GET /) shows, in Chromium against `wrangler dev`: the report's fields, the three tables
 * in their official layout, failed checks on their cells, blank and missing parts, report text as text.
 */
describeInChromium('the page shows a converted report', (s) => {
  it('converts the pasted seed report with Ctrl+Enter: 三(七)总计 shows 1749 and no check fails', async () => {
    await s.page.fill('#content', read(SEED))
    await s.page.focus('#content')
    await s.page.keyboard.press('Control+Enter')
    await s.converted()
    expect(await s.page.textContent(TOTAL_OF_TOTALS)).toBe('1749')
    expect(await s.page.textContent('#report-title')).toBe('广州市南沙区人民政府2020年政府信息公开工作年度报告')
    expect(await s.page.textContent('[data-field="organ"]')).toBe('广州市南沙区人民政府')
    expect(await s.page.textContent('[data-field="year"]')).toBe('2020 年')
    expect(await s.page.textContent('[data-field="format"]')).toContain('2019')
    expect(await s.page.textContent('[data-field="date"]')).toBe('2021-02-10')
    expect(await s.page.locator('#checks-failed li').count()).toBe(0)
    expect(await s.page.locator('td.fail').count()).toBe(0)
    expect(await s.page.textContent('#checks-summary')).toContain('全部相符')
    // 2019 layout: （六）其他处理 is one row; table 二 has 其他对外管理服务事项 and 政府集中采购.
    expect(await s.page.textContent(cell('applications.rows.results.otherHandling.total'))).toBe('0')
    expect(await s.page.locator(cell('applications.rows.results.otherHandling.other.total')).count()).toBe(0)
    expect(await s.page.textContent(cell('activeDisclosure.centralizedProcurement.amount'))).toBe('2122500000 元')
    expect(await s.page.textContent(cell('activeDisclosure.administrativeLicensing.change'))).toBe('-369')
    // Every number of table 三 is in a cell: 23 rows of 7 columns in the 2019 format.
    expect(await s.page.locator('td[data-path^="applications.rows."]').count()).toBe(23 * 7)
    expect(await s.page.textContent('#status')).toContain('勾稽关系全部相符')
    expect(s.problems).toEqual([])
  })

  it('marks the cells of every failed check and says the rule with both sides', async () => {
    await s.paste(read(ALTERED))
    await s.converted()
    const failed = await s.page.locator('#checks-failed li').evaluateAll((items) => items.map((li) => li.getAttribute('data-check')))
    expect(failed.sort()).toEqual(['applications.balance.total', 'applications.resultsTotal.total', 'applications.rowTotal.results.total'])
    const balance = s.page.locator('#checks-failed li[data-check="applications.balance.total"]')
    expect(await balance.textContent()).toContain('一 + 二 = 三(七) + 四 [总计]')
    expect(await balance.locator('.side').allTextContents()).toEqual(['一 + 二 = 218', '三(七) + 四 = 228'])
    // The altered cell and the cells each rule involves are marked; cells of no failed check are not.
    expect(await s.page.textContent(TOTAL_OF_TOTALS)).toBe('228')
    for (const path of [
      'applications.rows.results.total.total',
      'applications.rows.newlyReceived.total',
      'applications.rows.carriedForward.total',
      'applications.rows.results.total.naturalPerson',
      'applications.rows.results.disclosed.total',
    ]) {
      expect(await s.page.getAttribute(cell(path), 'class'), path).toContain('fail')
    }
    expect(await s.page.getAttribute(cell('applications.rows.newlyReceived.naturalPerson'), 'class')).not.toContain('fail')
    expect(await s.page.getAttribute(TOTAL_OF_TOTALS, 'aria-describedby')).toMatch(/check-\d( check-\d)+/)
    // 2021 layout: （六）其他处理 in three sub-rows.
    expect(await s.page.textContent(cell('applications.rows.results.otherHandling.other.total'))).toBe('2')
    // "在表中标出" brings the check's cells forward and moves the keyboard to the first one.
    await balance.locator('button').click()
    expect(await s.page.evaluate(() => document.activeElement?.getAttribute('data-path'))).toBe('applications.rows.newlyReceived.total')
    expect(await s.page.locator('td.focus').count()).toBe(4)
    expect(await s.page.textContent('#status')).toContain('3 项勾稽关系不符')
    expect(s.problems).toEqual([])
  })

  it('shows a blank cell blank (never 0), lists its warning, and the checks it leaves unverified', async () => {
    // The seed with two cells left blank as reports do (—): 采购项目数量, and the 总计 of （七）总计.
    const lines = read(SEED).split('\n')
    for (const [at, value] of [[124, '1679'], [508, '1749']] as const) {
      expect(lines[at]?.trim()).toBe(value)
      lines[at] = '        —'
    }
    await s.paste(lines.join('\n'))
    await s.converted()
    for (const path of ['activeDisclosure.centralizedProcurement.projects', 'applications.rows.results.total.total']) {
      expect(await s.page.textContent(cell(path)), path).toBe('')
      expect(await s.page.getAttribute(cell(path), 'class'), path).toContain('blank')
    }
    const blank = s.page.locator('#warnings li[data-warning="blank_cell"]')
    expect(await blank.textContent()).toContain('报告中空白的单元格（记为 null，不记为 0）：2 处')
    expect(await blank.locator('.places li').allTextContents()).toEqual(['政府集中采购 · 采购项目数量', '（七）总计 · 总计'])
    expect(await s.page.textContent('#checks-summary')).toMatch(/3 项因单元格空白无法核对/)
    const skipped = await s.page.locator('#checks-skipped li').evaluateAll((items) => items.map((li) => li.getAttribute('data-check')))
    expect(skipped.sort()).toEqual(['applications.balance.total', 'applications.resultsTotal.total', 'applications.rowTotal.results.total'])
    expect(await s.page.locator('td.fail').count()).toBe(0)
  })

  it('says so where the report lacks a table, or every table', async () => {
    // The seed without its table 四 (from its heading up to 五、).
    const lines = read(SEED).split('\n')
    const from = lines.findIndex((l) => l.includes('行政訴訟情況'))
    const to = lines.findIndex((l) => l.includes('五、存在的主要'))
    expect(from).toBeGreaterThan(0)
    await s.paste([...lines.slice(0, from), ...lines.slice(to)].join('\n'))
    await s.converted()
    expect(await s.page.textContent('#table-reviewLitigation .missing')).toContain('报告中未找到此表')
    expect(await s.page.locator('#table-reviewLitigation table').count()).toBe(0)
    const missing = s.page.locator('#warnings li[data-warning="missing_table"]')
    expect(await missing.locator('.places li').allTextContents()).toEqual(['四、政府信息公开行政复议、行政诉讼情况'])
    expect(await s.page.textContent(TOTAL_OF_TOTALS)).toBe('1749')

    // A title and an overview but no table at all: nothing to check, and the page does not claim a pass.
    await s.paste('某某县人民政府2020年政府信息公开工作年度报告\n一、总体情况\n2020年，本县政府信息公开工作稳步推进。\n')
    await s.page.waitForFunction(() => document.querySelector('#report-title')?.textContent?.startsWith('某某县'))
    expect(await s.page.locator('.table-block .missing').count()).toBe(3)
    expect(await s.page.textContent('#checks-summary')).toBe('没有可核对的勾稽关系：表格中没有读出数字。')
    expect(await s.page.textContent('#status')).toContain('没有可核对的勾稽关系')
    expect(await s.page.textContent('[data-field="format"]')).toContain('2019')
  })

  it('shows markup inside a report as text, and nothing in it runs', async () => {
    await s.paste(read(MARKUP))
    await s.converted()
    const organ = await s.page.textContent('[data-field="organ"]')
    expect(organ).toContain('<img/src/onerror=window.__xssFired=1;alert(1)>')
    expect(await s.page.textContent('#report-title')).toContain('<img/src/onerror=')
    await s.page.click('[data-narrative="overview"] summary')
    const overview = await s.page.textContent('[data-narrative="overview"] p')
    expect(overview).toContain('<img src=x onerror="window.__xssFired=4;alert(4)">')
    expect(overview).toContain('<script>window.__xssFired=5;alert(5)</script>')
    expect(await s.page.textContent('#json')).toContain('<script>window.__xssFired=5;alert(5)</script>')
    // The cells that held markup hold no number: unread, visibly blank.
    expect(await s.page.textContent(cell('activeDisclosure.administrativeFees.previousYearItems'))).toBe('')
    expect(await s.page.getAttribute(cell('activeDisclosure.administrativeFees.previousYearItems'), 'class')).toContain('unread')
    await s.page.waitForTimeout(500) // time for an image error or a script to fire, if one had been made
    expect(await s.page.evaluate(() => (window as unknown as { __xssFired?: number }).__xssFired)).toBeUndefined()
    expect(s.dialogs).toEqual([])
    expect(await s.page.locator('#result img, #result script, #result svg').count()).toBe(0)
    expect(await s.page.locator('script').count()).toBe(1)
    expect(s.problems).toEqual([])
  })

  it('works at phone width: the page never scrolls sideways, only the tables do', async () => {
    await s.page.setViewportSize({ width: 375, height: 740 })
    await s.paste(read(SEED))
    await s.converted()
    expect(await s.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    const scroller = s.page.locator('#table-applications .table-scroll')
    expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true)
    expect(await scroller.getAttribute('tabindex')).toBe('0')
  })
})
