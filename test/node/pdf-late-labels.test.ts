import { describe, expect, it } from 'vitest'
import { convertReport } from '../../src/convert.ts'
import { inventedNumbers, leaves, valueAt } from '../support/oracle.ts'
import { pdfCases } from '../support/pdf-corpus.ts'
import { hasPdftotext, pdftotext } from '../support/tools/pdftotext.ts'

/**
 * huaian-2024's PDF in a viewer's reading order (pdftotext without flags): after `4.无正当理由大量反复申请` come 49
 * figures, then the labels of `5.要求行政机关确认…` and of the three rows of `（六）其他处理`, printed after the table
 * as a block of their own (their cells are taller); `（七）总计` and `四、结转…` are not found as labels at all. The
 * 49 figures are the table's last seven rows, seven each, by the rows' fixed order and counts: the labels after the
 * table's last figure place nothing (src/match/late-labels.ts).
 */
const huaian = hasPdftotext ? pdfCases().find((c) => c.name === 'huaian-2024') : undefined

describe.skipIf(!huaian)('labels printed after the table in reading order (huaian-2024)', () => {
  it('leave the rows they name to the figures before them, read by the rows\' order and counts', () => {
    const { bytes, expected } = huaian as NonNullable<typeof huaian>
    const report = convertReport(pdftotext(bytes, 'default'))
    expect(inventedNumbers(expected, report)).toEqual([])
    const rows = ['results.notProcessed.excessiveRepeated', 'results.notProcessed.confirmationRequest', 'results.otherHandling.overdueCorrection', 'results.otherHandling.overdueFee', 'results.otherHandling.other', 'results.total', 'carriedForward']
    for (const row of rows) {
      const path = `applications.rows.${row}`
      for (const [leaf, want] of leaves(valueAt(expected, path), path)) expect(valueAt(report, leaf), leaf).toBe(want)
    }
    // `5.要求行政机关确认…` 1 0 0 0 0 0 1 and （七）总计 2932 53 0 0 61 4 3050, each one of the 49.
    expect(valueAt(report, 'applications.rows.results.notProcessed.confirmationRequest.total')).toBe(1)
    expect(valueAt(report, 'applications.rows.results.total.total')).toBe(3050)
  })
})
