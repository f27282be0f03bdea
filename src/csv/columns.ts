import type { z } from 'zod'
import { ConvertedReport } from '../schema/report.ts'

/**
 * The CSV columns, read off the zod schema so that they follow it: the report fields first, then every
 * cell of the three tables, each named by its JSON path. Where the two format versions differ (table 二,
 * and （六）其他处理 in table 三) the columns are the union: the 2021 variant's paths, then those only the
 * 2019 variant has, each in schema order. A report fills the columns of its own version; the others stay
 * empty. One column set for every report, so that a folder of 2019–2024 reports makes one table.
 */
const SECTIONS = ['report', 'activeDisclosure', 'applications', 'reviewLitigation'] as const

interface Def {
  type: string
  shape?: Record<string, z.ZodType>
  innerType?: z.ZodType
  options?: z.ZodType[]
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def

function leafPaths(schema: z.ZodType, prefix: string, out: Set<string>): Set<string> {
  const def = defOf(schema)
  if ((def.type === 'nullable' || def.type === 'optional') && def.innerType) return leafPaths(def.innerType, prefix, out)
  if (def.type === 'object' && def.shape) {
    for (const [key, child] of Object.entries(def.shape)) leafPaths(child, `${prefix}.${key}`, out)
  } else if (def.type === 'union' && def.options) {
    for (const option of def.options) leafPaths(option, prefix, out)
  } else out.add(prefix)
  return out
}

export const CSV_COLUMNS: readonly string[] = Object.freeze(
  SECTIONS.flatMap((section) => [...leafPaths(ConvertedReport.shape[section], section, new Set())]),
)
