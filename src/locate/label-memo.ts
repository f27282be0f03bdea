import type { LabelIndex, Probe } from './likeness.ts'

/**
 * What a text reads as against a label index depends on the text alone, and reports print the template's own
 * labels report after report: an isolate keeps the probe and the reading of a text that is one of the index's
 * own texts (its numbering aside), or a numbering alone (`（3）` cut from its label by a crawler's glued text). A document's own words (a mistyped label, a wrapped piece, an organ's
 * name) are kept only for its own conversion, in the caller's maps: nothing of a document outlives its request.
 * Bounded: past MAX_KEPT entries all are forgotten at once (numberings can vary without end).
 */
export const MAX_KEPT = 4096

export class LabelMemo<R> {
  private probes = new Map<string, Probe>()
  private keptProbes = new Set<Probe>()
  private readings = new Map<Probe, R>()
  private joins = new Map<Probe, Map<Probe, Probe>>()
  private kept = 0

  constructor(
    private readonly index: LabelIndex,
    /** What a probe reads as; pure (the same probe, the same reading), or the memo would keep a stale one. */
    private readonly read: (index: LabelIndex, probe: Probe) => R,
  ) {}

  /** The probe of a folded text: kept for the isolate if the template's, else in `local` for this conversion. */
  probe(folded: string, local: Map<string, Probe>): Probe {
    let probe = this.probes.get(folded) ?? local.get(folded)
    if (probe) return probe
    probe = this.index.probe(folded)
    if (!this.index.holds(probe)) local.set(folded, probe)
    else if (this.count()) {
      this.probes.set(folded, probe)
      this.keptProbes.add(probe)
    }
    return probe
  }

  /** A probe's reading: kept beside a kept probe, else in `local` for this conversion. */
  reading(probe: Probe, local: Map<Probe, R>): R {
    let reading = this.readings.get(probe) ?? local.get(probe)
    if (reading !== undefined) return reading
    reading = this.read(this.index, probe)
    if (!this.keptProbes.has(probe)) local.set(probe, reading)
    else if (this.count()) this.readings.set(probe, reading)
    return reading
  }

  /**
   * `a` (a piece, or pieces joined ending in `last`) joined with `b`: kept for the isolate where both are kept (two
   * of the template's texts: a label and the next row's, which every search tries as one wrapped label), else in
   * `local`. The seam depends on `last`, and a kept `a` was made from one `last` only.
   */
  joined(a: Probe, last: Probe, b: Probe, local: Map<Probe, Map<Probe, Probe>>): Probe {
    const own = this.keptProbes.has(a) && this.keptProbes.has(b)
    const joins = own ? this.joins : local
    let next = joins.get(a)
    if (!next) joins.set(a, (next = new Map()))
    let probe = next.get(b)
    if (probe) return probe
    probe = this.index.join(a, b, this.index.seam(last, b))
    if (!own) next.set(b, probe)
    else if (this.count()) {
      next.set(b, probe)
      this.keptProbes.add(probe)
    }
    return probe
  }

  /** Entries kept now (for tests of the bound). */
  get size(): number {
    return this.kept
  }

  /** Texts kept now (for tests: only the template's own). */
  keptTexts(): string[] {
    return [...this.probes.keys()]
  }

  /** Room for one more entry (true), or none: all are forgotten, and this one is not kept either. */
  private count(): boolean {
    if (++this.kept <= MAX_KEPT) return true
    // Forgotten together: a reading is keyed by its probe.
    this.probes = new Map()
    this.keptProbes = new Set()
    this.readings = new Map()
    this.joins = new Map()
    this.kept = 0
    return false
  }
}
