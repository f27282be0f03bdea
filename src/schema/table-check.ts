import { z } from 'zod'
import type { FormatVersion } from '../model/versions.ts'
import { ActiveDisclosure2019, ActiveDisclosure2021, Amount, Applications2019, Applications2021, Count, ReviewLitigation, type TableJson } from './tables.ts'

/**
 * The three tables checked without zod, by a plan read off their zod schemas once per isolate: zod's nested
 * objects cost ~4% of a conversion for a few hundred cells. What `copyTable` passes, the table's schema passes
 * too and gives the same value (fresh objects, keys in the schema's order, keys it does not know left out);
 * anything else returns null and zod checks the table as before. A schema holding anything but objects,
 * counts, amounts and kept units (a refinement, a catch-all) gets no plan: zod checks it always.
 */

/** A leaf: `Count`, `Amount`, or a kept unit (`z.string().nullable()`). */
const COUNT = 0
const AMOUNT = 1
const UNIT = 2

interface Plan {
  keys: string[]
  parts: (Plan | number)[]
}

const checks = (schema: z.ZodType) => schema.def.checks?.length ?? 0

function planOf(schema: z.ZodType): Plan | number | null {
  if (schema === Count) return COUNT
  if (schema === Amount) return AMOUNT
  if (schema instanceof z.ZodNullable) {
    const inner = schema.unwrap() as z.ZodType
    return inner instanceof z.ZodString && checks(inner) === 0 && checks(schema) === 0 ? UNIT : null
  }
  if (!(schema instanceof z.ZodObject) || schema.def.catchall !== undefined || checks(schema) > 0) return null
  const plan: Plan = { keys: [], parts: [] }
  for (const [key, child] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const part = planOf(child)
    if (part === null) return null
    plan.keys.push(key)
    plan.parts.push(part)
  }
  return plan
}

const tablePlan = (schema: unknown) => {
  const plan = planOf(schema as z.ZodType)
  return typeof plan === 'object' ? plan : null
}

export type CheckedTableKey = 'activeDisclosure' | 'applications' | 'reviewLitigation'

const PLANS: Record<FormatVersion, Record<CheckedTableKey, Plan | null>> = {
  '2019': { activeDisclosure: tablePlan(ActiveDisclosure2019), applications: tablePlan(Applications2019), reviewLitigation: tablePlan(ReviewLitigation) },
  '2021': { activeDisclosure: tablePlan(ActiveDisclosure2021), applications: tablePlan(Applications2021), reviewLitigation: tablePlan(ReviewLitigation) },
}

/** A leaf as copy takes it: null, or a count, an amount or a kept unit as its part says. */
const isLeaf = (part: number, v: unknown) => v === null || (part === COUNT ? Number.isSafeInteger(v) : part === AMOUNT ? Number.isFinite(v) : typeof v === 'string')

function copy(plan: Plan, value: unknown): TableJson | null {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return null
  const input = value as Record<string, unknown>
  const out: TableJson = {}
  for (let k = 0; k < plan.keys.length; k++) {
    const key = plan.keys[k] as string
    const part = plan.parts[k] as Plan | number
    const v = input[key]
    if (typeof part === 'object') {
      const inner = copy(part, v)
      if (inner === null) return null
      out[key] = inner
    }
    // z.number().int(): a safe integer; z.number(): finite; z.string(): a string. Neither coerces.
    else if (isLeaf(part, v)) out[key] = v as number | string | null
    else return null
  }
  return out
}

/** Whether copy would make of `value` an object just like it: the plan's keys, in its order, and no other; leaves it takes. */
function same(plan: Plan, value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false
  const input = value as Record<string, unknown>
  let k = 0
  for (const key in input) if (key !== plan.keys[k++]) return false
  if (k !== plan.keys.length) return false
  for (k = 0; k < plan.keys.length; k++) {
    const part = plan.parts[k] as Plan | number
    const v = input[plan.keys[k] as string]
    if (typeof part === 'object' ? !same(part, v) : !isLeaf(part, v)) return false
  }
  return true
}

/**
 * What the table's own schema (version `version`, key `key`) would make of `value`; null where it may not pass.
 * `own`: the table was made for this report alone (assemble/tables.ts: plain objects, no symbol or hidden key), so
 * where it is already just what the copy would be, it is passed on as it is rather than built again.
 */
export function copyTable(version: FormatVersion, key: CheckedTableKey, value: unknown, own = false): TableJson | null {
  const plan = PLANS[version][key]
  if (!plan) return null
  return own && same(plan, value) ? (value as TableJson) : copy(plan, value)
}
