import { foldUnit } from './fold.ts'
import { DROP, fromUnits, room } from './units.ts'

/**
 * `fold(text)` with where each unit of `text` lands in it. fold maps each unit alone (keeping, changing or dropping
 * it, never reading its neighbours), so the fold of `text.slice(a, b)` is `folded.slice(places[a], places[b])`: a
 * glued cell cut into hundreds of pieces is folded once whole, where each piece was folded on its own (a walk, a copy
 * of its unchanged start and a string made of its units, per piece).
 */
export interface FoldedPlaces {
  folded: string
  /** Per unit of the text (and one past its end), its place in `folded`: read before the next call, which reuses it. */
  places: Int32Array
}

/** Reused between calls, as units.ts reuses its buffer (a conversion runs on one thread, and no call re-enters). */
let scratch = new Int32Array(1024)

export function foldWithPlaces(text: string): FoldedPlaces {
  const length = text.length
  if (scratch.length < length + 1) scratch = new Int32Array(Math.max(length + 1, scratch.length * 2))
  const places = scratch
  const out = room(length)
  let n = 0
  let changed = false
  for (let i = 0; i < length; i++) {
    places[i] = n
    const unit = text.charCodeAt(i)
    const folded = foldUnit(unit)
    if (folded !== unit) changed = true
    if (folded !== DROP) out[n++] = folded
  }
  places[length] = n
  // Unchanged, fold gives the text itself: so does this (the same units either way).
  return { folded: changed ? fromUnits(out, n) : text, places }
}
