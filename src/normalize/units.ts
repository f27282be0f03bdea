/**
 * Character-by-character rewrites of a text (fold, clean-up, white space) in one linear pass, giving one flat
 * string. `String.prototype.replace` with a string replacement gives, in V8, a rope with a piece per match:
 * folding 5 MiB of `a a a …` took 80 MB of heap that way, and a regular expression with a million matches
 * costs 0.5–1 s; written into a buffer it costs 40–80 ms and the string's own size (`npm run bench:hostile`).
 */

/** What a unit map returns for a unit to drop. */
export const DROP = -1

/** Reused between calls (a conversion runs on one thread, and no call re-enters): no allocation per text. */
let scratch = new Uint16Array(1024)
/** String.fromCharCode takes its units as arguments: a few thousand at a time stays far inside any engine's limit. */
const CHUNK = 4096

/** The shared buffer, at least `length` units long (callers write into it, then `fromUnits`). */
export function room(length: number): Uint16Array {
  if (scratch.length < length) scratch = new Uint16Array(Math.max(length, scratch.length * 2))
  return scratch
}

function unitsText(units: Uint16Array, from: number, to: number): string {
  return String.fromCharCode.apply(null, units.subarray(from, to) as unknown as number[])
}

/**
 * A plain array of each short length, made once: apply takes a plain array's elements at once, where a typed array's
 * subarray is an object made per call and read the slow way (a folded cell, most of them, cost 1.5 times as much).
 */
const SHORT_UNITS = 64
const SHORT_ARRAYS: number[][] = Array.from({ length: SHORT_UNITS + 1 }, (_, n) => {
  const a: number[] = []
  for (let k = 0; k < n; k++) a.push(0)
  return a
})

/**
 * The units' bytes read as UTF-16LE, where the platform keeps a Uint16Array's units so (every engine this runs on):
 * a native copy, where `apply` passes each unit as an argument (~4.5 ns a unit: a 10 KiB text's clean-up, a crawler's
 * prose folded). The BOM is kept (ignoreBOM). It gives U+FFFD for a lone surrogate, so a text holding U+FFFD is made
 * the old way: the same string either way.
 */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
const UTF16 = LITTLE_ENDIAN ? new TextDecoder('utf-16le', { ignoreBOM: true }) : null

/** The first `length` units of `units` as one flat string. */
export function fromUnits(units: Uint16Array, length: number): string {
  if (length <= SHORT_UNITS) {
    const a = SHORT_ARRAYS[length] as number[]
    for (let k = 0; k < length; k++) a[k] = units[k] as number
    return String.fromCharCode.apply(null, a)
  }
  if (UTF16 !== null) {
    const text = UTF16.decode(units.subarray(0, length))
    if (text.indexOf('\ufffd') === -1) return text
  }
  // apply takes the typed array as it is; a spread would walk it through an iterator first.
  if (length <= CHUNK) return unitsText(units, 0, length)
  const parts: string[] = []
  for (let at = 0; at < length; at += CHUNK) parts.push(unitsText(units, at, Math.min(length, at + CHUNK)))
  return parts.join('')
}

/**
 * `text` with every UTF-16 unit replaced by `map(unit)` (DROP removes it). The text itself when nothing
 * changes. `map` sees units, so it must leave surrogates alone (every map here does: they stay as they are).
 */
export function mapUnits(text: string, map: (unit: number) => number): string {
  const length = text.length
  let i = 0
  while (i < length && map(text.charCodeAt(i)) === text.charCodeAt(i)) i++
  if (i === length) return text
  const out = room(length)
  for (let k = 0; k < i; k++) out[k] = text.charCodeAt(k)
  let n = i
  for (; i < length; i++) {
    const unit = map(text.charCodeAt(i))
    if (unit !== DROP) out[n++] = unit
  }
  return fromUnits(out, n)
}

/** The units of JavaScript's `\s`: what `/\s/` matches, tested without a regular expression. */
export function isSpace(unit: number): boolean {
  if (unit <= 0x20) return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d)
  if (unit < 0xa0) return false
  return (
    unit === 0xa0 || unit === 0x1680 || (unit >= 0x2000 && unit <= 0x200a) || unit === 0x2028 || unit === 0x2029 || unit === 0x202f || unit === 0x205f || unit === 0x3000 || unit === 0xfeff
  )
}

const SHORT = 1024
const SPACES = /\s+/g

/** `text.replace(/\s+/g, ' ')`, flat: every run of white space one plain space. */
export function collapseSpaces(text: string): string {
  const length = text.length
  let i = 0
  // Unchanged up to the first run that is not already one plain space (most cells hold none: no pattern is run).
  while (i < length) {
    const unit = text.charCodeAt(i)
    if (isSpace(unit) && (unit !== 0x20 || (i + 1 < length && isSpace(text.charCodeAt(i + 1))))) break
    i++
  }
  if (i === length) return text
  // A short text (a cell, a line) is quicker through the engine's own replace; its rope is a few pieces.
  if (length <= SHORT) return text.replace(SPACES, ' ')
  const out = room(length)
  for (let k = 0; k < i; k++) out[k] = text.charCodeAt(k)
  let n = i
  let inRun = false
  for (; i < length; i++) {
    const unit = text.charCodeAt(i)
    if (isSpace(unit)) {
      if (!inRun) out[n++] = 0x20
      inRun = true
    } else {
      out[n++] = unit
      inRun = false
    }
  }
  return fromUnits(out, n)
}
