import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from './env.ts'
import { errorBody } from './envelope.ts'

const encoder = new TextEncoder()

/** workerd's constant-time comparison (a Workers extension of Web Crypto, not in the DOM typings). */
const subtle = crypto.subtle as SubtleCrypto & { timingSafeEqual?(a: ArrayBuffer, b: ArrayBuffer): boolean }

/** Elsewhere (the app run in Node by tests): every byte visited, differences OR-ed, no early exit. */
function sameBytes(a: ArrayBuffer, b: ArrayBuffer): boolean {
  if (subtle.timingSafeEqual) return subtle.timingSafeEqual(a, b)
  const x = new Uint8Array(a)
  const y = new Uint8Array(b)
  let diff = x.length ^ y.length
  for (let i = 0; i < x.length; i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0)
  return diff === 0
}

/** The keys of the `API_KEYS` secret (comma-separated); none means the API is open. */
export function apiKeys(value: string | undefined): string[] {
  return (value ?? '').split(',').map((k) => k.trim()).filter(Boolean)
}

async function digest(text: string): Promise<ArrayBuffer> {
  return crypto.subtle.digest('SHA-256', encoder.encode(text))
}

/**
 * Constant time: the presented token and every key are hashed to 32 bytes, so lengths leak nothing, and the
 * digests are compared with workerd's crypto.subtle.timingSafeEqual, against every key, without stopping
 * at the first match.
 */
async function matchesAny(token: string, keys: string[]): Promise<boolean> {
  const presented = await digest(token)
  let found = false
  for (const key of keys) {
    const same = sameBytes(presented, await digest(key))
    found = same || found
  }
  return found
}

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i

/**
 * Optional API keys: when the `API_KEYS` secret is set, a request needs `Authorization: Bearer <key>`, or it
 * is answered 401 `unauthorized` in the error envelope of SPEC §4. Mounted on the convert routes only: the
 * page, /healthz, /v1/schema, /openapi.json and /docs describe the service and stay open.
 */
export const requireApiKey: MiddlewareHandler<AppEnv> = async (c, next) => {
  const keys = apiKeys(c.env?.API_KEYS)
  if (keys.length === 0) return next()
  const token = BEARER.exec(c.req.header('authorization') ?? '')?.[1]
  if (token && (await matchesAny(token, keys))) return next()
  c.header('WWW-Authenticate', 'Bearer realm="xxgk-json"')
  const message = token ? 'The API key is not valid.' : 'This service needs an API key: send "Authorization: Bearer <key>".'
  return c.json(errorBody('unauthorized', message, c.get('requestId')), 401)
}
