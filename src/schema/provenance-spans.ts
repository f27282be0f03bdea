import type { Provenance } from './provenance.ts'

/**
 * The provenance of a text or HTML report checked without zod: every entry a span (schema/provenance.ts
 * `SourceSpan`), hundreds a report, and zod's record and union spent ~5% of a conversion on them. What this
 * passes, `Provenance.safeParse` passes too and gives the same value (each entry copied, keys in the schema's
 * order); anything else (a box, a note, a broken span) returns null, and zod then checks the whole as before —
 * so the schema still decides every answer and every error.
 */

/** `z.number().int().nonnegative()`: a safe integer, at least 0. */
const isOffset = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0

interface Span {
  start: number
  end: number
  text: string
}

const KEYS = ['start', 'end', 'text']

/**
 * `SourceSpan` (strict): a plain object with exactly `start`, `end` and `text` — and, where `ordered`, in that order
 * (zod's copy gives them so: an entry passed on as it is must have them so already).
 */
function isSpan(entry: unknown, ordered: boolean): entry is Span {
  if (typeof entry !== 'object' || entry === null || Object.getPrototypeOf(entry) !== Object.prototype) return false
  let keys = 0
  for (const key in entry) {
    if (ordered ? key !== KEYS[keys] : key !== 'start' && key !== 'end' && key !== 'text') return false
    keys++
  }
  const span = entry as Span
  return keys === 3 && isOffset(span.start) && isOffset(span.end) && typeof span.text === 'string'
}

/**
 * `Provenance.parse(provenance)` where every entry is a span; null where one is not (zod decides those). `own`: the
 * record and each of its entries were made for this report alone, none shared (buildProvenance): passed on as they
 * are, as zod's copy would read, not copied (~250 entries a text report). Given as the list of those entries, as
 * they were put in the record, each is checked from it: a record of hundreds of keys is held as a dictionary, whose
 * keys cost a sort to list and a lookup each, where a list costs nothing.
 */
export function checkedSpans(provenance: Provenance, own: boolean | readonly unknown[] = false): Provenance | null {
  if (Object.getPrototypeOf(provenance) !== Object.prototype) return null
  // The list is all the record holds (what was put in it, under its paths): no key of it is listed, and so no symbol
  // looked for — listing a record of hundreds of keys for its symbols walked all of them (~0.3% of a text report).
  if (typeof own === 'object') {
    for (const entry of own) if (!isSpan(entry, true)) return null
    return provenance
  }
  // Symbol keys zod would refuse; `__proto__` it would leave out (an assignment here would set the prototype).
  if (Object.getOwnPropertySymbols(provenance).length > 0) return null
  const out: Provenance = own ? provenance : {}
  for (const path of Object.keys(provenance)) {
    const entry = provenance[path]
    if (path === '__proto__') return null
    if (!isSpan(entry, own)) return null
    if (!own) out[path] = { start: entry.start, end: entry.end, text: entry.text }
  }
  return out
}
