import { Hono } from 'hono'
import { convertDocument } from '../convert-document.ts'
import { reportsToCsv } from '../csv/write.ts'
import type { AppEnv } from './env.ts'
import { answerFormat, csvResponse, wantsProvenance } from './format.ts'
import { limitBody, limitsFromEnv } from './limits.ts'
import { readBody } from './read-body.ts'

/** POST /v1/convert: one report in any form of SPEC §2 (PDF and .docx included) → its JSON (SPEC §3), or a CSV line with `?format=csv`; `?provenance=false` leaves out where each number was read. */
export const convertRoute = new Hono<AppEnv>().post('/', limitBody, async (c) => {
  const format = answerFormat(c)
  // The CSV has no column for it: it is not worked out for a CSV answer at all.
  const provenance = wantsProvenance(c) && format === 'json'
  const body = await readBody(c)
  const report = await convertDocument(body.content, { charset: body.charset, inputType: body.inputType, limits: limitsFromEnv(c.env), provenance })
  return format === 'csv' ? csvResponse(c, reportsToCsv([report])) : c.json(report)
})
