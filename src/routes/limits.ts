import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { ConvertError } from '../input/errors.ts'
import { resolveLimits, type Limits } from '../limits/options.ts'
import type { AppEnv, Bindings } from './env.ts'

export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024

/** wrangler.toml `[vars]` → the converter's bounds; a missing or bad value keeps the default (src/limits/options.ts). */
export function limitsFromEnv(env: Bindings | undefined): Limits {
  return resolveLimits({
    maxBytes: env?.MAX_BODY_BYTES,
    maxCells: env?.MAX_CELLS,
    maxDepth: env?.MAX_DEPTH,
    maxLineLength: env?.MAX_LINE_LENGTH,
    maxNumberDigits: env?.MAX_NUMBER_DIGITS,
    maxPdfPages: env?.MAX_PDF_PAGES,
  })
}

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
