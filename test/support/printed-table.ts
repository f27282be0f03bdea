import { APPLICANT_COLUMNS } from '../../src/model/applications.ts'
import { convertReport } from '../../src/convert.ts'
import type { ConvertedReport } from '../../src/schema/report.ts'
import { valueAt } from '../../src/schema/paths.ts'

/**
 * A pdftotext fixture's table 三 as the generator printed it (`<name>.cells.json` beside `<name>.txt`: each row's
 * seven cells in the columns' order, null where printed blank), and what a reading did with it.
 */
export type PrintedTable = Record<string, (number | null)[]>

const fixtures = import.meta.glob<string>('../fixtures/pdftotext/*.txt', { query: '?raw', import: 'default', eager: true })
const printed = import.meta.glob<PrintedTable>('../fixtures/pdftotext/*.cells.json', { import: 'default', eager: true })

/** A pdftotext fixture's text alone (a table other than 三, whose cells its test states). */
export function pdftotextText(name: string): string {
  const text = fixtures[`../fixtures/pdftotext/${name}.txt`]
  if (text === undefined) throw new Error(`no fixture ${name}`)
  return text
}

export function pdftotextFixture(name: string): { text: string; cells: PrintedTable } {
  const text = fixtures[`../fixtures/pdftotext/${name}.txt`]
  const cells = printed[`../fixtures/pdftotext/${name}.cells.json`]
  if (text === undefined || cells === undefined) throw new Error(`no fixture ${name}`)
  return { text, cells }
}

/** Every cell of the table that holds a number other than the one printed there: `path: printed -> read`. */
export function wrongCells(report: ConvertedReport, cells: PrintedTable): string[] {
  const out: string[] = []
  for (const [row, values] of Object.entries(cells)) {
    APPLICANT_COLUMNS.forEach((column, k) => {
      const path = `applications.rows.${row}.${column.key}`
      const read = (valueAt(report, path) ?? null) as number | string | null
      if (read !== null && read !== values[k]) out.push(`${path}: ${String(values[k])} -> ${String(read)}`)
    })
  }
  return out
}

/** The cells of a row read as printed, and those left null. */
export function readCells(report: ConvertedReport, cells: PrintedTable): { right: number; unread: number } {
  let right = 0
  let unread = 0
  for (const [row, values] of Object.entries(cells)) {
    APPLICANT_COLUMNS.forEach((column, k) => {
      const read = valueAt(report, `applications.rows.${row}.${column.key}`) ?? null
      if (read === null) unread++
      else if (read === values[k]) right++
    })
  }
  return { right, unread }
}

/** A fixture converted as text, with the cells of table 三 that hold another number than the one printed. */
export function readPrinted(name: string): { report: ConvertedReport; wrong: string[] } {
  const { text, cells } = pdftotextFixture(name)
  const report = convertReport(text, { inputType: 'text' })
  return { report, wrong: wrongCells(report, cells) }
}
