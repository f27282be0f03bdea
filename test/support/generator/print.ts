import type { Random } from './random.ts'
import type { Kind } from './values.ts'

/**
 * How a report prints one number or blank (SPEC §2): separators `1,234` `1，234`, full-width digits,
 * signs `+44` `-22` `－22`, units inside the cell (`251000元`, `12件`), and blanks as nothing, `—`, `/`, `无`.
 */

/** Blank markers that survive every shape. An empty cell is only printed where the shape keeps empty cells. */
export const BLANK_MARKS = ['—', '——', '/', '无', '-', '－', '－－'] as const

const FULL_WIDTH_DIGITS = '０１２３４５６７８９'

function thousands(digits: string, sep: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, sep)
}

function integer(r: Random, n: number): string {
  const digits = String(n)
  const style = r.int(0, 9)
  if (n >= 1000 && style < 3) return thousands(digits, r.pick([',', '，']))
  if (style === 3) return digits.replace(/\d/g, (d) => FULL_WIDTH_DIGITS[Number(d)] ?? d)
  return digits
}

export interface Printed {
  text: string
  /** For an amount: the unit printed with it (`元`, `万元`), else null. */
  unit: string | null
}

export function printValue(r: Random, kind: Kind, value: number | null, allowEmpty: boolean): Printed {
  if (value === null) return { text: allowEmpty && r.bool(0.5) ? '' : r.pick(BLANK_MARKS), unit: null }
  switch (kind) {
    case 'count':
      return { text: integer(r, value) + (r.bool(0.05) ? '件' : ''), unit: null }
    case 'signed': {
      if (value === 0) return { text: r.pick(['0', '0']), unit: null }
      if (value > 0) return { text: (r.bool(0.6) ? '+' : '') + integer(r, value), unit: null }
      return { text: r.pick(['-', '－', '−']) + integer(r, -value), unit: null }
    }
    case 'decimal':
      return { text: Number.isInteger(value) && r.bool(0.5) ? value.toFixed(2) : String(value), unit: null }
    case 'amount': {
      const unit = r.pick(['元', '万元', null])
      const text = Number.isInteger(value) ? integer(r, value) : String(value)
      return { text: text + (unit ?? ''), unit }
    }
  }
}
