import { ERROR_STATUS } from '../../../src/routes/status.ts'
import { ConvertedReport } from '../../../src/schema/report.ts'

/**
 * What must hold for every answer to every body (issue: hostile input): never a 5xx; always either a
 * valid report or the JSON error envelope with the status its code stands for; the security headers and
 * the request id on the response; no number in the tables that the body does not hold; no stretch of the
 * body quoted in an error. Returns the broken invariants (empty when all hold), never the body.
 */
export interface Answer {
  status: number
  headers: Headers | Map<string, string> | null
  text: string
}

const TABLES = ['activeDisclosure', 'applications', 'reviewLitigation'] as const
/** An error may quote a label (a dozen characters), never a stretch of the document. */
const QUOTE_WINDOW = 16

/** Every number the body could be read as holding: digit runs with and without white space, markup and separators. */
export function numbersIn(body: string): Set<number> {
  const decoded = body
    .replace(/&#x([0-9a-f]{1,6});?/gi, (_, hex: string) => safeChar(Number.parseInt(hex, 16)))
    .replace(/&#(\d{1,7});?/g, (_, dec: string) => safeChar(Number(dec)))
    .normalize('NFKC')
    // Invisible characters and controls are dropped before anything is read (SPEC §2): `2428\u200b72` is 242872.
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f\u200b-\u200d\u2060\ufeff]/g, '')
  // `[^<>]` rather than `[^>]`: a scan stops at the next `<`, so a body of unclosed `<` costs linear time.
  const untagged = decoded.replace(/<[^<>]*>/g, '')
  const variants = [decoded, untagged, untagged.replace(/\s+/g, ''), decoded.replace(/<[^<>]*>/g, ' ')]
  const out = new Set<number>()
  for (const variant of variants) {
    for (const m of variant.replace(/(\d)[,，](?=\d)/g, '$1').matchAll(/\d+(?:\.\d+)?/g)) out.add(Number(m[0]))
  }
  return out
}

/** A character reference as HTML decodes it: out of range, a surrogate or zero is U+FFFD, which ends a digit run. */
function safeChar(code: number): string {
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\uFFFD'
}

function numbersOut(value: unknown, path: string, out: [string, number][] = []): [string, number][] {
  if (typeof value === 'number') out.push([path, value])
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) numbersOut(v, `${path}.${k}`, out)
  return out
}

export function header(headers: Answer['headers'], name: string): string | null {
  if (!headers) return null
  return headers instanceof Map ? (headers.get(name) ?? null) : headers.get(name)
}

/**
 * Every text the converter could have read from a body: its bytes as UTF-8 and in the encoding the
 * report names, and the `content` of a JSON or form body (whose escapes can spell digits).
 */
export function readableText(bytes: Uint8Array, contentType: string, encoding?: string): string {
  const utf8 = new TextDecoder().decode(bytes)
  const texts = [utf8]
  if (encoding && encoding !== 'utf-8') {
    try {
      texts.push(new TextDecoder(encoding).decode(bytes))
    } catch {
      // an encoding this runtime cannot decode: the UTF-8 reading stands
    }
  }
  if (contentType.startsWith('application/json')) {
    try {
      const content = (JSON.parse(utf8) as { content?: unknown }).content
      if (typeof content === 'string') texts.push(content)
    } catch {
      // not JSON: answered 400, and there is no content to read
    }
  }
  if (contentType.startsWith('application/x-www-form-urlencoded')) texts.push(new URLSearchParams(utf8).get('content') ?? '')
  return texts.join('\n')
}

/** The headers every answer carries: the request id and the security headers. */
export function headerProblems(answer: Answer): string[] {
  const broken: string[] = []
  if (!header(answer.headers, 'x-request-id')) broken.push('no X-Request-Id')
  if (!header(answer.headers, 'content-security-policy')) broken.push('no Content-Security-Policy')
  if (header(answer.headers, 'x-content-type-options') !== 'nosniff') broken.push('no X-Content-Type-Options')
  if (!header(answer.headers, 'referrer-policy')) broken.push('no Referrer-Policy')
  return broken
}

/** `body` is what was sent: its bytes and Content-Type. */
export function brokenInvariants(answer: Answer, body: { bytes: Uint8Array; contentType: string }, options: { http: boolean } = { http: true }): string[] {
  const broken: string[] = []
  if (answer.status >= 500) broken.push(`status ${answer.status}`)
  if (options.http) broken.push(...headerProblems(answer))
  let json: unknown
  try {
    json = JSON.parse(answer.text)
  } catch {
    broken.push('body is not JSON')
    return broken
  }
  if (answer.status === 200) {
    const parsed = ConvertedReport.safeParse(json)
    if (!parsed.success) broken.push(`200 body is not a valid report: ${parsed.error.issues.map((i) => i.path.join('.')).slice(0, 5).join(', ')}`)
    const report = json as Record<string, unknown>
    const encoding = (report.source as { encoding?: string } | undefined)?.encoding
    const allowed = numbersIn(readableText(body.bytes, body.contentType, encoding))
    const found = [...TABLES.flatMap((t) => numbersOut(report[t], t)), ...numbersOut((report.report as Record<string, unknown> | undefined)?.year, 'report.year')]
    // A row read from cells glued together (`801000081` → 80|1|0|0|0|0|81) says so with a glued_cells
    // warning; its numbers are not runs of the input, but written one after another they must be.
    const gluedRows = ((report.warnings ?? []) as { code: string; path?: string }[]).filter((w) => w.code === 'glued_cells').map((w) => w.path ?? '')
    const readable = readableText(body.bytes, body.contentType, encoding).normalize('NFKC')
    // Markup is text in a text body: a run may stand inside what looks like a tag (`<td colspan="100000">`).
    const digitsOf = (t: string) => t.replace(/[^\d]/g, '')
    const digits = `${digitsOf(readable.replace(/<[^<>]*>/g, ''))}|${digitsOf(readable)}`
    for (const row of gluedRows) {
      const cells = found.filter(([path]) => path.startsWith(`${row}.`)).map(([, n]) => String(Math.abs(n)))
      if (cells.length > 0 && !digits.includes(cells.join(''))) broken.push(`glued row ${row} does not spell a run of the input`)
    }
    // A glued row read only in part (ambiguous_cells): each number it holds is still cut from a run.
    const partRows = ((report.warnings ?? []) as { code: string; path?: string }[]).filter((w) => w.code === 'ambiguous_cells').map((w) => w.path ?? '')
    for (const [path, n] of found) {
      if (gluedRows.some((row) => path.startsWith(`${row}.`))) continue
      if (partRows.some((row) => path.startsWith(`${row}.`)) && digits.includes(String(Math.abs(n)))) continue
      if (!allowed.has(Math.abs(n))) broken.push(`invented number at ${path}`)
    }
    return broken
  }
  const error = (json as { error?: { code?: unknown; message?: unknown; requestId?: unknown } }).error
  if (!error || typeof error.code !== 'string' || typeof error.message !== 'string') {
    broken.push(`status ${answer.status} without the error envelope`)
    return broken
  }
  const want = (ERROR_STATUS as Record<string, number>)[error.code]
  if (want !== answer.status) broken.push(`code ${error.code} answered with status ${answer.status}`)
  if (options.http && error.requestId !== header(answer.headers, 'x-request-id')) broken.push('error.requestId differs from X-Request-Id')
  const bodyText = readableText(body.bytes, body.contentType)
  for (let i = 0; i + QUOTE_WINDOW <= error.message.length; i++) {
    if (bodyText.includes(error.message.slice(i, i + QUOTE_WINDOW))) {
      broken.push(`error message of ${error.code} quotes the document`)
      break
    }
  }
  return broken
}
