import type { FormatVersion } from '../schema/report.ts'
import { ACTIVE_DISCLOSURE_2019, ACTIVE_DISCLOSURE_2021 } from './active-disclosure.ts'
import { APPLICATIONS_2019, APPLICATIONS_2021 } from './applications.ts'
import { REVIEW_LITIGATION } from './review-litigation.ts'
import type { TableTemplate } from './types.ts'

export * from './types.ts'
export * from './sections.ts'

/** The three standard tables of each format version, in the order a report prints them. */
export const TEMPLATES: Record<FormatVersion, readonly TableTemplate[]> = {
  '2019': [ACTIVE_DISCLOSURE_2019, APPLICATIONS_2019, REVIEW_LITIGATION],
  '2021': [ACTIVE_DISCLOSURE_2021, APPLICATIONS_2021, REVIEW_LITIGATION],
}

/**
 * Labels that only one version prints (SPEC §1). The version is read from these, never from the year.
 * 行政规范性文件 is not a cue: some 2019-format reports already use it.
 */
export const VERSION_CUES: Record<FormatVersion, readonly RegExp[]> = {
  '2021': [/本年制发件数/, /本年废止件数/, /现行有效件数/, /本年收费金额/, /逾期不补正/, /逾期未按收费通知/],
  '2019': [/本年新制作数量/, /本年新公开数量/, /对外公开总数量/, /上一年项目数量/, /其他对外管理服务事项/, /采购总金额/],
}
