import { z } from 'zod'
import { FORMAT_VERSIONS } from '../model/versions.ts'
import type { FormatVersion } from '../model/versions.ts'
import { Provenance } from './provenance.ts'
import { ActiveDisclosure, ActiveDisclosure2019, ActiveDisclosure2021, Applications, Applications2019, Applications2021, ReviewLitigation } from './tables.ts'

export { FORMAT_VERSIONS, type FormatVersion } from '../model/versions.ts'

export const Check = z.object({
  id: z.string(),
  rule: z.string(),
  status: z.enum(['pass', 'fail', 'skipped']),
  left: z.number().nullable(),
  right: z.number().nullable(),
  paths: z.array(z.string()),
})
export type Check = z.infer<typeof Check>

export const Warning = z.object({
  code: z.string(),
  message: z.string(),
  path: z.string().optional(),
})
export type Warning = z.infer<typeof Warning>

export const ReportFields = z.object({
  title: z.string().nullable(),
  organ: z.string().nullable(),
  year: z.number().int().nullable(),
  publishedOn: z.iso.date().nullable(),
  formatVersion: z.enum(FORMAT_VERSIONS).nullable(),
})

export const Narrative = z.object({
  overview: z.string().nullable(),
  problems: z.string().nullable(),
  other: z.string().nullable(),
})

export const Source = z.object({
  inputType: z.enum(['html', 'text', 'pdf', 'docx']),
  encoding: z.string(),
  script: z.enum(['simplified', 'traditional', 'mixed']),
  characters: z.number().int().nonnegative(),
  annotationsRemoved: z.number().int().nonnegative(),
  noiseRemoved: z.boolean(),
})

function reportSchema<A extends z.ZodType, P extends z.ZodType>(tables: { activeDisclosure: A; applications: P }) {
  return z.object({
    schemaVersion: z.literal('1'),
    report: ReportFields,
    activeDisclosure: tables.activeDisclosure.nullable(),
    applications: tables.applications.nullable(),
    reviewLitigation: ReviewLitigation.nullable(),
    narrative: Narrative,
    checks: z.array(Check),
    warnings: z.array(Warning),
    provenance: Provenance.optional(),
    source: Source,
  })
}

/** The whole response of POST /v1/convert (SPEC §3). One schema drives validation, types and JSON Schema. */
export const ConvertedReport = reportSchema({ activeDisclosure: ActiveDisclosure, applications: Applications }).meta({
  title: 'ConvertedReport',
  description: 'A 政府信息公开工作年度报告 converted to JSON (SPEC §3).',
})
export type ConvertedReport = z.infer<typeof ConvertedReport>

/**
 * The same schema with the tables of one format version: what the converter validates its own output
 * against (the version is known by then, and a union would try the other version's tables first).
 */
export const ConvertedReportOf: Record<FormatVersion, z.ZodType<ConvertedReport>> = {
  '2019': reportSchema({ activeDisclosure: ActiveDisclosure2019, applications: Applications2019 }),
  '2021': reportSchema({ activeDisclosure: ActiveDisclosure2021, applications: Applications2021 }),
}
