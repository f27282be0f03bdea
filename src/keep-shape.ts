/**
 * V8 forgets an object shape (its hidden class) at a full collection once no object of that shape is alive,
 * and throws away the optimised code that was compiled for it (`--trace-deopt`: "weak objects"). An object
 * made per conversion — the HTML parser, the grid builder, the label finder — leaves no survivor, so after
 * every major collection the next conversion ran that code unoptimised and paid to compile it again: at
 * 20,000 cells most of the cost of a 100 KiB body (docs/measured/hostile.md). One object of each kind kept
 * for the isolate's lifetime keeps its shape, and the code, alive.
 */
const kept: object[] = []

/** Keeps `sample` alive for the isolate's lifetime (a few of these, each small); returns it. */
export function keepShape<T extends object>(sample: T): T {
  kept.push(sample)
  return sample
}
