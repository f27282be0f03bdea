import { DEFAULT_LIMITS, type Limits } from '../../../src/limits/options.ts'
import { seeded } from '../generator/random.ts'
import { SHAPES } from '../generator/shapes.ts'

/**
 * The worst legal bodies of each kind (issue 11): each under every limit — bytes, cells, depth, line length —
 * and built to the byte size asked for, so that their cost can be set against a bare pass over the same
 * bytes (SPEC §6: ≤ ~100×, within a 96 MB heap). Runtime-neutral: the benchmark (scripts/bench-hostile.mjs),
 * the node test that runs them under a 96 MB heap and the fuzz test inside workerd share them.
 */

export interface HostileBody {
  kind: string
  /** What goes over the wire, and where: one report, or a batch (application/json). */
  bytes: Uint8Array
  contentType: string
  path: '/v1/convert' | '/v1/convert/batch'
  /** Documents in a batch body (1 for a single report). */
  documents: number
}

export interface HostileKind {
  name: string
  /** What the body holds, for a table or a failure message. */
  about: string
  make(size: number, limits?: Limits): HostileBody
}

/** The sizes every kind is built at: 100 KiB, 1 MiB and the default body limit (5 MiB). */
export const HOSTILE_SIZES = [100 * 1024, 1024 * 1024, 5 * 1024 * 1024] as const

const encoder = new TextEncoder()
const TITLE = '某某县人民政府2021年政府信息公开工作年度报告'
/** The heading of section 三: what follows it is read as table 三, where value runs are cut from labels. */
const TABLE_HEAD = `${TITLE}\n三、收到和处理政府信息公开申请情况\n`
/** The heading of section 六: what follows it is narrative, given back whole in the answer. */
const OTHER_HEADING = '六、其他需要报告的事项'

const utf8 = (text: string) => encoder.encode(text).byteLength

/**
 * `head`, then lines from `line(i)` while the whole stays within `size` bytes and `maxLines` lines: the
 * pieces are joined once (a string grown line by line would be a rope of millions of pieces).
 */
function fill(head: string, size: number, line: (i: number) => string, maxLines = Number.POSITIVE_INFINITY): string {
  const parts = [head]
  let bytes = utf8(head)
  for (let i = 0; i < maxLines; i++) {
    const next = `${line(i)}\n`
    const n = utf8(next)
    if (bytes + n > size) break
    parts.push(next)
    bytes += n
  }
  return parts.join('')
}

/**
 * A line of `unit` repeated to just under the line-length bound (in UTF-16 units, as the bound counts), or to
 * about `size` bytes where that is less: a 100 KiB body is one such line, not none.
 */
function longLine(prefix: string, unit: string, limits: Limits, size: number): string {
  const byBound = Math.floor((limits.maxLineLength - 1 - prefix.length) / unit.length)
  const bySize = Math.floor((size - 256 - utf8(prefix)) / utf8(unit))
  return prefix + unit.repeat(Math.max(1, Math.min(byBound, bySize)))
}

const text = (kind: string, body: string): HostileBody => ({ kind, bytes: encoder.encode(body), contentType: 'text/plain; charset=utf-8', path: '/v1/convert', documents: 1 })
const html = (kind: string, body: string): HostileBody => ({ kind, bytes: encoder.encode(body), contentType: 'text/html; charset=utf-8', path: '/v1/convert', documents: 1 })

/** Labels of table 三, as a report prints them: the cell-per-line body cycles through them and numbers. */
const LABELS = ['本年新收政府信息公开申请数量', '上年结转政府信息公开申请数量', '（一）予以公开', '（二）部分公开', '1.属于国家秘密', '（七）总计', '四、结转下年度继续办理', '自然人', '商业企业']

/**
 * An ordinary report padded with paragraphs to about `size` bytes: the generator's Word paste, the most
 * markup per character of the shapes (test/support/generator), with the seed the benchmark uses.
 */
function ordinaryPage(size: number): string {
  const shape = SHAPES.find((s) => s.name.startsWith('HTML pasted from Word'))
  if (!shape) throw new Error('the generator has no Word shape')
  const render = (padding: number) => shape.render(seeded(20261126), { padding }).input
  const base = utf8(render(0))
  const perParagraph = (utf8(render(100)) - base) / 100
  let padding = Math.max(0, Math.floor((size - base) / perParagraph))
  let page = render(padding)
  // The estimate is close; step down until the page is within the size.
  while (utf8(page) > size && padding > 0) {
    padding = Math.max(0, padding - Math.ceil((utf8(page) - size) / perParagraph) - 1)
    page = render(padding)
  }
  return page
}

export const HOSTILE_KINDS: HostileKind[] = [
  {
    name: 'table-section-runs',
    about: 'table 三 heading, then lines of 字1 followed by 1) repeated to the line bound',
    make: (size, limits = DEFAULT_LIMITS) => text('table-section-runs', fill(TABLE_HEAD, size, () => longLine('字1', '1)', limits, size))),
  },
  {
    name: 'spaced-letters',
    about: 'lines of `a a a …` to the line bound, in table 三 and in the narrative of section 六',
    make: (size, limits = DEFAULT_LIMITS) => {
      const line = longLine('', 'a ', limits, size / 2)
      const half = fill(TABLE_HEAD, Math.floor(size / 2), () => line)
      return text('spaced-letters', fill(`${half}${OTHER_HEADING}\n`, size, () => line))
    },
  },
  {
    name: 'traditional-spaced-digits',
    about: 'in table 三, lines of a Traditional character then ` 1 1 1 …` to the line bound',
    make: (size, limits = DEFAULT_LIMITS) => text('traditional-spaced-digits', fill(TABLE_HEAD, size, () => longLine('區', ' 1', limits, size))),
  },
  {
    name: 'cell-per-line',
    about: 'in table 三, one cell per line up to the cell bound: labels and digit runs, each line as long as the size allows',
    make: (size, limits = DEFAULT_LIMITS) => {
      const lines = limits.maxCells - 3
      const width = Math.max(1, Math.min(limits.maxLineLength - 1, Math.floor((size - utf8(TABLE_HEAD)) / lines) - 1))
      const line = (i: number) => {
        if (i % 2 === 1) return '1234567890'.repeat(Math.ceil(width / 10)).slice(0, width)
        const label = LABELS[(i / 2) % LABELS.length] ?? ''
        // Chinese characters are three bytes: a label line takes a third of the width in characters.
        const chars = Math.max(1, Math.floor(width / 3))
        return label.repeat(Math.ceil(chars / label.length)).slice(0, chars)
      }
      return text('cell-per-line', fill(TABLE_HEAD, size, line, lines))
    },
  },
  {
    name: 'deep-nesting',
    about: 'HTML nested one element short of the depth bound, again and again, a paragraph at the bottom',
    make: (size, limits = DEFAULT_LIMITS) => {
      const depth = limits.maxDepth - 4
      const block = `${'<div>'.repeat(depth)}<p>本年新收政府信息公开申请数量 1</p>${'</div>'.repeat(depth)}`
      return html('deep-nesting', fill(`<html><body><h1>${TITLE}</h1>`, size, () => block))
    },
  },
  {
    name: 'many-td',
    about: 'one <table> of cells up to the cell bound, with spans, padded by attributes to the size',
    make: (size, limits = DEFAULT_LIMITS) => {
      const head = `<html><body><h1>${TITLE}</h1><p>三、收到和处理政府信息公开申请情况</p><table>`
      const cells = limits.maxCells - 4
      const perCell = Math.floor((size - utf8(head) - 16) / cells)
      const spans = ['', ' rowspan="2"', ' colspan="3"', ' rowspan="65534" colspan="1000"']
      const cellOf = (i: number) => {
        const open = `<td${spans[i % spans.length]}>`
        const value = `${i % 997}</td>`
        const pad = Math.max(0, perCell - open.length - value.length - ' title=""'.length)
        return `${open.slice(0, -1)}${pad > 0 ? ` title="${'x'.repeat(pad)}"` : ''}>${value}`
      }
      // Rows of 15 cells (the width of table 四), the row tags inside the cells' share.
      const row = (i: number) => `${i % 15 === 0 ? '<tr>' : ''}${cellOf(i)}`
      return html('many-td', `${fill(head, size - 16, row, cells)}</table></body>`)
    },
  },
  {
    name: 'glued-digits',
    about: 'in table 三, label lines each followed by a run of digits to the line bound',
    make: (size, limits = DEFAULT_LIMITS) => text('glued-digits', fill(TABLE_HEAD, size, (i) => longLine(LABELS[i % LABELS.length] ?? '', '8', limits, size))),
  },
  {
    name: 'html-entities',
    about: 'paragraphs of `a&nbsp;` and `&#8203;` to the line bound, in the narrative of section 六',
    make: (size, limits = DEFAULT_LIMITS) => {
      // Each unit reads as two characters (the zero-width space is dropped).
      const units = Math.min(Math.floor((limits.maxLineLength - 1) / 2), Math.floor((size - 256) / 14))
      const paragraph = `<p>${'a&nbsp;&#8203;'.repeat(units)}</p>`
      return html('html-entities', `${fill(`<html><body><h1>${TITLE}</h1><p>${OTHER_HEADING}</p>`, size - 16, () => paragraph)}</body></html>`)
    },
  },
  {
    name: 'ordinary-page',
    about: 'a real-shaped report (Word paste) padded with paragraphs: the baseline of an honest large page',
    make: (size) => html('ordinary-page', ordinaryPage(size)),
  },
]

/**
 * A batch at its byte limit: as many documents of `size` bytes as fit `maxBatchBytes` (at most
 * `maxDocuments`), as the batch route receives them — ordinary pages, or bodies of one hostile kind.
 */
export function hostileBatch(size: number, maxBatchBytes: number, kind = 'ordinary-page', maxDocuments = 100): HostileBody {
  const maker = HOSTILE_KINDS.find((k) => k.name === kind)
  if (!maker) throw new Error(`no hostile kind ${kind}`)
  const body = maker.make(size)
  const contentType = body.contentType.startsWith('text/html') ? 'text/html' : 'text/plain'
  const content = new TextDecoder().decode(body.bytes)
  const doc = (i: number) => JSON.stringify({ id: `doc-${i}`, content, contentType })
  const documents = Math.max(1, Math.min(maxDocuments, Math.floor((maxBatchBytes - 32) / (utf8(doc(0)) + 1))))
  const json = `{"documents":[${Array.from({ length: documents }, (_, i) => doc(i)).join(',')}]}`
  return { kind: `batch of ${kind}`, bytes: encoder.encode(json), contentType: 'application/json', path: '/v1/convert/batch', documents }
}
