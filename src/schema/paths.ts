/**
 * Dot paths into the report (`applications.rows.newlyReceived.total`): the one way the checks, the
 * builder, the CSV and the tests read and write a cell by the keys of SPEC §3. Paths are split once per
 * isolate: every report uses the same few hundred.
 */
const KEYS = new Map<string, string[]>()

export function pathKeys(path: string): string[] {
  let keys = KEYS.get(path)
  if (!keys) KEYS.set(path, (keys = path.split('.')))
  return keys
}

/** The value at `path`, or undefined where the path leaves the tree. */
export function valueAt(root: unknown, path: string): unknown {
  let node = root
  for (const key of pathKeys(path)) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string, unknown>)[key]
  }
  return node
}

/** Sets `value` at `path`, making the objects on the way. */
export function setPath(root: Record<string, unknown>, path: string, value: unknown): void {
  const keys = pathKeys(path)
  let node = root
  for (let k = 0; k < keys.length - 1; k++) {
    const key = keys[k] as string
    const next = node[key]
    if (next === null || typeof next !== 'object') node[key] = {}
    node = node[key] as Record<string, unknown>
  }
  node[keys[keys.length - 1] ?? ''] = value
}
