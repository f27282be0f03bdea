import type { Warning } from './report.ts'

/**
 * A report's warnings checked without zod: tens a report, and zod's array of objects cost ~1.5 µs each (a text's
 * zod step was half warnings). What this passes, `z.array(Warning)` passes too and gives the same value (each warning
 * copied, `code`, `message`, then `path` where it has one); anything else (a key zod would strip, a path left
 * undefined, a value not a string, a hole) returns null, and zod checks the warnings as before.
 */
export function checkedWarnings(warnings: unknown): Warning[] | null {
  if (!Array.isArray(warnings) || Object.getPrototypeOf(warnings) !== Array.prototype) return null
  const out: Warning[] = []
  for (let k = 0; k < warnings.length; k++) {
    const w: unknown = warnings[k]
    if (typeof w !== 'object' || w === null || Object.getPrototypeOf(w) !== Object.prototype) return null
    let keys = 0
    let path = false
    for (const key in w) {
      if (key === 'path') path = true
      else if (key !== 'code' && key !== 'message') return null
      keys++
    }
    const { code, message } = w as Warning
    if (typeof code !== 'string' || typeof message !== 'string' || keys !== (path ? 3 : 2)) return null
    if (!path) {
      out.push({ code, message })
      continue
    }
    const at = (w as Warning).path
    if (typeof at !== 'string') return null
    out.push({ code, message, path: at })
  }
  return out
}
