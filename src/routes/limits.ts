import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { ConvertError } from '../input/errors.ts'
import { limitsFromVars, type Limits } from '../limits/options.ts'
import type { AppEnv, Bindings } from './env.ts'

/** wrangler.toml `[vars]` → the converter's bounds; a missing or bad value keeps the default (src/limits/options.ts). */
export function limitsFromEnv(env: Bindings | undefined): Limits {
  return limitsFromVars(env as Record<string, unknown> | undefined)
}

/** 413 payload_too_large past MAX_BODY_BYTES, checked on the bytes as they stream in, not on Content-Length alone. */
export const limitBody: MiddlewareHandler<AppEnv> = (c, next) => limitBodyTo(limitsFromEnv(c.env).maxBytes)(c, next)

export function limitBodyTo(maxSize: number): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new ConvertError('payload_too_large', `The body is larger than ${maxSize} bytes.`, { limit: maxSize })
    },
  })
}
