import { Hono } from 'hono'
import { z } from 'zod'
import { ConvertedReport } from '../schema/report.ts'
import type { AppEnv } from './env.ts'

/** The JSON Schema of the response, made from the very zod schema that validates every response. */
export const responseJsonSchema = z.toJSONSchema(ConvertedReport, { target: 'draft-2020-12' })

export const schemaRoute = new Hono<AppEnv>().get('/', (c) => c.json(responseJsonSchema))
