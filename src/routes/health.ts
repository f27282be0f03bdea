import { Hono } from 'hono'
import type { AppEnv } from './env.ts'

export const healthRoute = new Hono<AppEnv>().get('/', (c) => c.json({ status: 'ok' }))
