import type { TableModel } from '../model/index.ts'
import type { Token } from '../tokens/token.ts'
import type { Event } from './align-types.ts'

/** The characters of each row's wordings, per table: the model's alone, so made once per isolate. */
const WORDS = new WeakMap<TableModel, readonly ReadonlySet<string>[]>()

function wordsOf(table: TableModel): readonly ReadonlySet<string>[] {
  let words = WORDS.get(table)
  if (!words) WORDS.set(table, (words = table.rows.map((row) => new Set([row.label, ...row.variants].join('')))))
  return words
}

/** Whether `text` holds one of `chars` (by code point, as the set was made), read in place. */
function sharesAny(text: string, chars: ReadonlySet<string>): boolean {
  for (const c of text) if (chars.has(c)) return true
  return false
}

/**
 * A label matched by likeness may take in a character it does not hold: a spanned label printed one character a
 * line (`本` `年` `度` `办` `理` …) stands between a row label's wrapped lines, and `（2）其他法律行政法` `办` `规禁止公开`
 * still reads as the row's label with one character more. Such a later piece shares no character with any wording
 * of the row's label, so it is no piece of it: where it stands among the row's figures it says nothing of their
 * order (align-values.ts takes a later piece among them for a viewer's reading order moving cells past it). It is
 * dropped from the events; the label's first piece and its other pieces stay.
 */
export function dropStrayPieces(tokens: readonly Token[], table: TableModel, events: Event[]): Event[] {
  const words = wordsOf(table)
  const stray = (e: Event) => {
    if (e.type !== 'label' || e.first) return false
    const text = tokens[e.token]?.folded ?? ''
    const chars = words[e.row]
    return text.length > 0 && chars !== undefined && !sharesAny(text, chars)
  }
  return events.some(stray) ? events.filter((e) => !stray(e)) : events
}
