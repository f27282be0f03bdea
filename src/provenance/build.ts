import type { Extracted } from '../extract/extracted.ts'
import type { FieldTokens } from '../locate/locate.ts'
import type { CellValues } from '../match/glued.ts'
import { toInputOffset } from '../normalize/clean-text.ts'
import { fold, halfWidth } from '../normalize/fold.ts'
import type { ReportFields } from '../locate/fields.ts'
import type { Provenance, ProvenanceEntry } from '../schema/provenance.ts'
import type { Token } from '../tokens/token.ts'
import { findFolded, fromOf, toOf, visible, type Visible } from './visible.ts'

/**
 * Where each value was read (SPEC §3 `provenance`): the token a number came from, or the glued run it was
 * cut from, and the lines the title, year and date were read on, named in the input's own terms. A text or
 * HTML token's span (in the cleaned text) is mapped back to the decoded input and narrowed there to the
 * characters that print the value; where they cannot be found the value is not given a source at all.
 */

/** The decoded input (what offsets are named in) and its cleaned text (what tokens' offsets are in). */

/** A span longer than this is not searched (a hostile cell): its values are left without a source. */
const MAX_SPAN = 1 << 16
/** A date as pages print it; the value it gives is compared with the field's. */
const DATE = /((?:19|20)\d{2})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})(?:\s*日)?/g

interface Context {
  tokens: readonly Token[]
  extracted: Pick<Extracted, 'inputType' | 'source'>
}

/**
 * The visible characters of tokens first..last, in the cleaned text (where the clean-up already dropped
 * zero-width characters and pinyin readings), or null where their span is unknown.
 */
function seen(ctx: Context, first: number, last: number): Visible | null {
  const source = ctx.extracted.source
  const a = ctx.tokens[first]
  const b = ctx.tokens[last]
  if (!source || !a || !b || a.start < 0 || b.end <= a.start || b.end - a.start > MAX_SPAN) return null
  return visible(source.clean.text, a.start, b.end, ctx.extracted.inputType === 'html')
}

/** Visible indices [start, end) → the span in the decoded input (what the clean-up deleted inside it included) and its characters. */
function spanOf(ctx: Context, v: Visible, start: number, end: number): ProvenanceEntry | null {
  const source = ctx.extracted.source
  const first = fromOf(v, start)
  const last = toOf(v, end - 1)
  if (source === undefined || first === undefined || last === undefined) return null
  const from = toInputOffset(source.clean, first)
  const to = toInputOffset(source.clean, last - 1) + 1
  return { start: from, end: to, text: source.input.slice(from, to) }
}

/** A token read as a whole cell: its box (PDF), its text (Word), or its characters in the input. */
function ofToken(ctx: Context, i: number, needle: string): ProvenanceEntry | null {
  const token = ctx.tokens[i]
  if (!token) return null
  // A figure printed broken over lines and confirmed by the arithmetic (joined-figures.ts) names its pieces joined.
  if (ctx.extracted.inputType === 'pdf') return token.box ? { ...token.box, text: token.joined === '' ? token.text : token.joined } : null
  if (ctx.extracted.inputType === 'docx') return token.text === '' ? null : { text: token.text }
  const v = seen(ctx, i, i)
  const at = v ? findFolded(v, needle) : null
  return v && at ? spanOf(ctx, v, at.start, at.end) : null
}

/** Fields read from lines (title, year, date): named only for text and HTML, where lines have offsets. */
function ofLines(ctx: Context, range: { first: number; last: number } | undefined, find: (v: Visible) => { start: number; end: number } | null): ProvenanceEntry | null {
  if (!range || (ctx.extracted.inputType !== 'text' && ctx.extracted.inputType !== 'html')) return null
  const v = seen(ctx, range.first, range.last)
  const at = v ? find(v) : null
  return v && at ? spanOf(ctx, v, at.start, at.end) : null
}

function dateIn(v: Visible, iso: string): { start: number; end: number } | null {
  // Half-width keeps every unit where it stands: a match's indices are the visible text's.
  const text = halfWidth(v.text)
  // exec over the pattern itself, not matchAll (a copy of the pattern and an iterator per call); from 0 again after.
  DATE.lastIndex = 0
  for (let m = DATE.exec(text); m !== null; m = DATE.exec(text)) {
    const [, y = '', mo = '', d = ''] = m
    if (`${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}` === iso) {
      DATE.lastIndex = 0
      return { start: m.index, end: m.index + m[0].length }
    }
  }
  return null
}

/** The record, and its entries as they were put in it: each made for it alone (schema/provenance-spans.ts checks them from the list). */
export interface BuiltProvenance {
  record: Provenance
  entries: ProvenanceEntry[]
}

export function buildProvenance(
  tokens: readonly Token[],
  extracted: Pick<Extracted, 'inputType' | 'source'>,
  values: CellValues,
  sources: ReadonlyMap<string, number>,
  fields: ReportFields,
  fieldTokens: FieldTokens,
): BuiltProvenance {
  const ctx: Context = { tokens, extracted }
  const out: Provenance = {}
  const entries: ProvenanceEntry[] = []
  // No path is put twice: the fields' three and the cells' own.
  const put = (path: string, entry: ProvenanceEntry | null) => {
    if (!entry) return
    out[path] = entry
    entries.push(entry)
  }
  if (fields.title !== null) put('report.title', ofLines(ctx, fieldTokens.title, (v) => findFolded(v, fold(fields.title ?? ''))))
  if (fields.year !== null) put('report.year', ofLines(ctx, fieldTokens.year, (v) => findFolded(v, String(fields.year))))
  if (fields.publishedOn !== null) put('report.publishedOn', ofLines(ctx, fieldTokens.publishedOn, (v) => dateIn(v, fields.publishedOn ?? '')))
  // A glued run is the source of every cell cut from it: found once, each cell given its own copy (the record is
  // passed on as it is, no entry shared: schema/provenance-spans.ts).
  // Per token (an array: a token's number indexes it, where a Map hashed each), undefined until it is looked for.
  const found = new Array<ProvenanceEntry | null | undefined>(tokens.length)
  for (const [path, i] of sources) {
    if (typeof values.get(path) !== 'number') continue
    const had = found[i]
    if (had === undefined) {
      const entry = ofToken(ctx, i, tokens[i]?.folded ?? '')
      found[i] = entry
      put(path, entry)
    } else put(path, had && { ...had })
  }
  return { record: out, entries }
}
