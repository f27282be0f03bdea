import { z } from 'zod'

/** A table cell: a whole count, or null where the report left it blank or it could not be read. */
export const Count = z.number().int().nullable()
/** A cell that may carry decimals or a sign (收费金额 in 万元, 本年增/减). */
export const Amount = z.number().nullable()

/** The seven applicant columns of table 三, in the report's own order. */
export const APPLICANT_COLUMNS = [
  'naturalPerson',
  'commercialEnterprise',
  'researchInstitution',
  'socialWelfareOrganization',
  'legalServiceAgency',
  'otherOrganization',
  'total',
] as const
export type ApplicantColumn = (typeof APPLICANT_COLUMNS)[number]

/** The labels the national format prints over those columns (SPEC §3.3), for rules a reader sees. */
export const APPLICANT_COLUMN_LABELS: Record<ApplicantColumn, string> = {
  naturalPerson: '自然人',
  commercialEnterprise: '商业企业',
  researchInstitution: '科研机构',
  socialWelfareOrganization: '社会公益组织',
  legalServiceAgency: '法律服务机构',
  otherOrganization: '其他',
  total: '总计',
}

export const Row = z.object({
  naturalPerson: Count,
  commercialEnterprise: Count,
  researchInstitution: Count,
  socialWelfareOrganization: Count,
  legalServiceAgency: Count,
  otherOrganization: Count,
  total: Count,
})
export type Row = z.infer<typeof Row>

/** The five result columns of table 四, in the report's own order. */
export const OUTCOME_COLUMNS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const

export const Outcomes = z.object({
  upheld: Count,
  corrected: Count,
  other: Count,
  pending: Count,
  total: Count,
})
