import type { Token } from '../tokens/token.ts'

/**
 * Table 四's run in drawn order is read where the fillings that break the fewest rows agree (printed-run.ts): a
 * row's total chooses how its parts' pieces join. But a joining of the same pieces keeps their digits, so the
 * parts of two joinings add up to sums that differ by a multiple of nine (casting out nines) — the amount a report's
 * own slip changes a figure by where it transposes two digits (12 for 21) or is 9 off. The reading that keeps the
 * total is then no evidence where another joining of the same pieces breaks it: the report may have slipped, and
 * that joining be the text's (21856: `２` / `１` / `０` / `件` under a total of 19, 21 and 0 read 2 and 10, which add
 * up to it where 21 and 0 do not). Such a row is left blank. Another joining counts only where it fills the same
 * cells (its empty cells the same, its pieces from the same place to the same place), reads the total from the same
 * pieces, and joins only figures of one width — a report types a figure's digits all full width or all not, so `２`
 * over `7` is no figure (an honest `１` / `２` before a `7` of the next cell reads 12 and 7, never 1 and 27).
 * A guard that only withholds; linear in the row's fillings.
 */

/** One way a row's cells take a run's pieces from..to (exclusive), as printed-run.ts makes them. */
export interface RunFilling {
  from: number
  to: number
  values: (number | null)[]
  /** Each cell's first piece (a token); undefined where the cell took nothing (a blank that left no trace). */
  starts: (number | undefined)[]
  /** Each cell's first piece, as a position in the run (the next cell's, or `to`, ends it). */
  places: number[]
  broken: boolean
}

/**
 * Whether a row read from `kept` (the fillings breaking the fewest rows, each keeping the row's arithmetic) has
 * another filling among `fillings` that joins the same pieces into the same cells, its total alike, and breaks it.
 */
export function joiningChosenByTotal(tokens: readonly Token[], pieces: readonly number[], fillings: readonly RunFilling[], kept: readonly RunFilling[], total: number): boolean {
  if (total < 0) return false
  return fillings.some((f) => f.broken && kept.some((o) => sameCells(o, f, total)) && oneWidth(tokens, pieces, f))
}

/** Same pieces, same empty cells, the total read from the same pieces as the same value. */
function sameCells(o: RunFilling, f: RunFilling, total: number): boolean {
  if (o.from !== f.from || o.to !== f.to || o.values[total] !== f.values[total] || o.places[total] !== f.places[total]) return false
  if ((o.places[total + 1] ?? o.to) !== (f.places[total + 1] ?? f.to)) return false
  return o.starts.every((s, k) => (s === undefined) === (f.starts[k] === undefined))
}

/** Each cell's pieces print their digits all full width or all not. */
function oneWidth(tokens: readonly Token[], pieces: readonly number[], f: RunFilling): boolean {
  return f.places.every((p, k) => {
    const end = f.places[k + 1] ?? f.to
    let full = false
    let half = false
    for (let i = p; i < end; i++) {
      const text = tokens[pieces[i] as number]?.text ?? ''
      for (let j = 0; j < text.length; j++) {
        const c = text.charCodeAt(j)
        if (c >= 0xff10 && c <= 0xff19) full = true
        else if (c >= 0x30 && c <= 0x39) half = true
      }
    }
    return !(full && half)
  })
}
