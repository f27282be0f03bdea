import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { writeDocx } from '../support/docx-write.ts'
import { seeded } from '../support/generator/random.ts'
import { generateReport } from '../support/generator/report.ts'
import { TOTAL_OF_TOTALS, describeInChromium, root } from '../support/page-session.ts'

/** The page takes a PDF or a .docx by the picker and by a drop, and sends its bytes (Chromium, `wrangler dev`). */
const HUAIAN = join(root, '../shared/corpus/pdf/huaian-2024.pdf')

describeInChromium('the page takes PDF and Word files', (s) => {
  it.skipIf(!existsSync(HUAIAN))('converts a PDF chosen with the picker', async () => {
    await s.page.setInputFiles('#file', HUAIAN)
    await s.converted()
    expect(await s.page.textContent('[data-field="organ"]')).toBe('淮安市人民政府')
    expect(await s.page.textContent(TOTAL_OF_TOTALS)).toBe('3050')
    expect(await s.page.locator('td.fail').count()).toBe(0)
  })

  it('converts a .docx dropped on the page', async () => {
    const report = generateReport(seeded(7), { allowEmpty: false, resultsLabel: 'span' })
    const bytes = [...(await writeDocx(report.doc))]
    const transfer = await s.page.evaluateHandle((b) => {
      const data = new DataTransfer()
      data.items.add(new File([new Uint8Array(b)], '年报.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }))
      return data
    }, bytes)
    await s.page.dispatchEvent('#convert-form', 'drop', { dataTransfer: transfer })
    await s.converted()
    expect(await s.page.textContent('[data-field="organ"]')).toBe(report.expected.report.organ)
    const total = report.expected.cells.get('applications.rows.results.total.total')
    expect(await s.page.textContent(TOTAL_OF_TOTALS)).toBe(total === null ? '' : String(total))
    expect(await s.page.textContent('#file-name')).toContain('年报.docx')
  })
})
