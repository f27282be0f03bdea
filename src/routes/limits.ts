import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { ConvertError } from '../input/errors.ts'
import type { AppEnv } from './env.ts'

export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024

export function maxBodyBytes(value: string | undefined, fallback = DEFAULT_MAX_BODY_BYTES): number {
  const n = Number(value)
  return Number.isFinite(n) && n > 0 ? n : fallback
}

/** 413 payload_too_large past the configured size, checked on the bytes as they stream in, not on Content-Length alone. */
export const limitBody: MiddlewareHandler<AppEnv> = (c, next) => limitBodyTo(maxBodyBytes(c.env?.MAX_BODY_BYTES))(c, next)

export function limitBodyTo(maxSize: number): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new ConvertError('payload_too_large', `The body is larger than ${maxSize} bytes.`, { limit: maxSize })
    },
  })
}
