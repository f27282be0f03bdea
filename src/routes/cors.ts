import type { MiddlewareHandler } from 'hono'
import { cors } from 'hono/cors'
import type { AppEnv } from './env.ts'

/** How long a browser may keep a preflight answer: a day, since the configuration rarely changes. */
const PREFLIGHT_MAX_AGE_SECONDS = 86_400

/** `*`, or the listed origins (wrangler.toml `CORS_ORIGINS`, comma-separated); none when unset or blank. */
export function allowedOrigins(value: string | undefined): '*' | string[] {
  const list = (value ?? '').split(',').map((o) => o.trim().replace(/\/+$/, '')).filter(Boolean)
  return list.includes('*') ? '*' : list
}

/**
 * CORS for pages on other sites that call the API. The API sets no cookies, so `*` is safe for it; an
 * operator who wants fewer callers lists them. An origin not allowed gets no CORS headers at all, and the
 * browser then refuses the answer. Authorization is an allowed header, for API keys.
 */
export const corsFromConfig: MiddlewareHandler<AppEnv> = (c, next) =>
  cors({
    origin: (origin) => {
      const allowed = allowedOrigins(c.env?.CORS_ORIGINS)
      if (allowed === '*') return '*'
      return allowed.includes(origin) ? origin : null
    },
    allowMethods: ['GET', 'POST', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'Authorization'],
    exposeHeaders: ['X-Request-Id'],
    maxAge: PREFLIGHT_MAX_AGE_SECONDS,
  })(c, next)
