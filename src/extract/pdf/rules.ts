/**
 * The ruling lines a page draws (a table's borders), read from PDF.js's operator list: stroked horizontal or
 * vertical segments, and filled rectangles thin enough to be a line (Chromium and WPS draw a border so).
 * In page units with y from the top, like the text items. Curves, images and text are not looked at.
 */
export interface Rule {
  /** A horizontal rule runs from (a, at) to (b, at); a vertical one from (at, a) to (at, b). a < b. */
  horizontal: boolean
  at: number
  a: number
  b: number
}

/** A filled rectangle this thin (in page units) is a line; a border wider than 4 pt is not drawn in a report. */
const THIN = 4
/** A stroked segment this close to horizontal or vertical is one. */
const STRAIGHT = 0.5
/** Most rules read from a page: a dense table draws a few thousand border pieces. */
export const MAX_PAGE_RULES = 20_000

/** The operator codes of PDF.js 5 (OPS) that matter here, and its path codes (DrawOPS). */
export interface OpCodes {
  save: number
  restore: number
  transform: number
  constructPath: number
  paintFormXObjectBegin: number
  paintFormXObjectEnd: number
  stroke: number
  closeStroke: number
  fill: number
  eoFill: number
  fillStroke: number
  eoFillStroke: number
  closeFillStroke: number
  closeEOFillStroke: number
}

type Matrix = [number, number, number, number, number, number]

function multiply(m: Matrix, n: readonly number[]): Matrix {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = n
  return [a * m[0] + b * m[2], a * m[1] + b * m[3], c * m[0] + d * m[2], c * m[1] + d * m[3], e * m[0] + f * m[2] + m[4], e * m[1] + f * m[3] + m[5]]
}

/**
 * The page's rules from its operator list (fnArray/argsArray), the page's view box giving the origin and the
 * height to turn y downwards. Stops at MAX_PAGE_RULES: past that the page is no table a report prints.
 */
export function pageRules(fnArray: readonly number[], argsArray: readonly unknown[], ops: OpCodes, view: readonly number[]): Rule[] {
  const [x0 = 0, , , y1 = 0] = view
  const rules: Rule[] = []
  const stack: Matrix[] = []
  let ctm: Matrix = [1, 0, 0, 1, 0, 0]
  const stroking = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke])
  const filling = new Set([ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke])
  const add = (horizontal: boolean, at: number, a: number, b: number) => {
    if (rules.length < MAX_PAGE_RULES) rules.push({ horizontal, at, a: Math.min(a, b), b: Math.max(a, b) })
  }
  const point = (x: number, y: number): [number, number] => [ctm[0] * x + ctm[2] * y + ctm[4] - x0, y1 - (ctm[1] * x + ctm[3] * y + ctm[5])]

  for (let i = 0; i < fnArray.length && rules.length < MAX_PAGE_RULES; i++) {
    const fn = fnArray[i]
    const args = argsArray[i] as unknown[] | null
    if (fn === ops.save) stack.push(ctm)
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm
    else if (fn === ops.transform) ctm = multiply(ctm, args as number[])
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm)
      if (Array.isArray(args?.[0]) || ArrayBuffer.isView(args?.[0])) ctm = multiply(ctm, Array.from(args[0] as ArrayLike<number>))
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm
    else if (fn === ops.constructPath && args) {
      const paint = args[0] as number
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0]
      if (!data || !(stroking.has(paint) || filling.has(paint))) continue
      readPath(data, point, stroking.has(paint), filling.has(paint), add)
    }
  }
  return rules
}

/** One path (DrawOPS: moveTo 0, lineTo 1, curveTo 2, quadraticCurveTo 3, closePath 4) → its straight rules. */
function readPath(
  data: ArrayLike<number>,
  point: (x: number, y: number) => [number, number],
  stroke: boolean,
  fill: boolean,
  add: (horizontal: boolean, at: number, a: number, b: number) => void,
) {
  let sub: [number, number][] = []
  /** Which points of the subpath a curve reached: the chord to them is no line that was drawn. */
  let reachedByCurve: boolean[] = []
  let curved = false
  const endSub = () => {
    if (sub.length >= 2) {
      if (stroke) {
        for (let k = 1; k < sub.length; k++) if (!reachedByCurve[k]) segment(sub[k - 1] as [number, number], sub[k] as [number, number], add)
      }
      if (fill && !curved) {
        // In a loop, not Math.min(...): a path may hold more points than a call takes arguments.
        let [l, r, t, b] = [Infinity, -Infinity, Infinity, -Infinity]
        for (const [x, y] of sub) {
          l = Math.min(l, x)
          r = Math.max(r, x)
          t = Math.min(t, y)
          b = Math.max(b, y)
        }
        if (b - t <= THIN && r - l > b - t) add(true, (t + b) / 2, l, r)
        else if (r - l <= THIN && b - t > r - l) add(false, (l + r) / 2, t, b)
      }
    }
    sub = []
    reachedByCurve = []
    curved = false
  }
  for (let k = 0; k < data.length; ) {
    const op = data[k]
    if (op === 0) {
      endSub()
      sub.push(point(data[k + 1] ?? 0, data[k + 2] ?? 0))
      k += 3
    } else if (op === 1) {
      sub.push(point(data[k + 1] ?? 0, data[k + 2] ?? 0))
      k += 3
    } else if (op === 2) {
      curved = true
      reachedByCurve[sub.length] = true
      sub.push(point(data[k + 5] ?? 0, data[k + 6] ?? 0))
      k += 7
    } else if (op === 3) {
      curved = true
      reachedByCurve[sub.length] = true
      sub.push(point(data[k + 3] ?? 0, data[k + 4] ?? 0))
      k += 5
    } else if (op === 4) {
      if (sub[0]) sub.push(sub[0])
      k += 1
    } else break
  }
  endSub()
}

function segment(p: [number, number], q: [number, number], add: (horizontal: boolean, at: number, a: number, b: number) => void) {
  if (Math.abs(p[1] - q[1]) <= STRAIGHT && Math.abs(p[0] - q[0]) > STRAIGHT) add(true, (p[1] + q[1]) / 2, p[0], q[0])
  else if (Math.abs(p[0] - q[0]) <= STRAIGHT && Math.abs(p[1] - q[1]) > STRAIGHT) add(false, (p[0] + q[0]) / 2, p[1], q[1])
}
