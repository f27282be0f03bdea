import { leafPaths, MODELS, TABLE_KEYS } from '../model/index.ts'
import { ConvertedReport } from '../schema/report.ts'

/**
 * The CSV columns, read off the table model (src/model) that the schema is made from: the report fields
 * first, then every cell of the three tables, each named by its JSON path. Where the two format versions
 * differ (table 二, and （六）其他处理 in table 三) the columns are the union: the 2021 variant's paths, then
 * those only the 2019 variant has, each in the model's order. A report fills the columns of its own
 * version; the others stay empty. One column set for every report, so that a folder of 2019–2024 reports
 * makes one table.
 */
const tableColumns = TABLE_KEYS.flatMap((key) => {
  const paths = new Set<string>()
  for (const version of ['2021', '2019'] as const) {
    const table = MODELS[version].tables.find((t) => t.key === key)
    if (table) for (const path of leafPaths(table)) paths.add(path)
  }
  return [...paths]
})

export const CSV_COLUMNS: readonly string[] = Object.freeze([
  ...Object.keys(ConvertedReport.shape.report.shape).map((field) => `report.${field}`),
  ...tableColumns,
])
