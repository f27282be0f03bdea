import fc from 'fast-check'

/**
 * What a public endpoint is sent, as fast-check generators: random bytes, tag soup, and real reports of
 * the corpus mutated the ways broken pages and careless scripts mutate them. Runtime-neutral (workerd and
 * Node share it); the corpus is passed in, since only Node can read files.
 */

export interface Body {
  /** What goes over the wire. */
  bytes: Uint8Array
  contentType: string
  /** Short name of how the body was made, for a failure message (never the body itself). */
  shape: string
}

export interface Seed {
  name: string
  input: string
  inputType: 'html' | 'text'
}

const encoder = new TextEncoder()

/** Labels, headings and numbers of the standard tables: tag soup made of them reaches the matcher. */
const REPORT_WORDS = [
  '政府信息公开工作年度报告', '2021年', '2018年', '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项', '本年新收政府信息公开申请数量',
  '上年结转政府信息公开申请数量', '（一）予以公开', '（七）总计', '结转下年度继续办理', '本年制发件数', '本年新制作数量', '行政许可',
  '总计', '合计', '其他', '自然人', '1,234', '１２３', '-22', '+44', '—', '/', '无', '251000元', '801000081', '3.50',
]

/** Markup that breaks parsers: unclosed and stray tags, comments, CDATA, raw-text elements, hostile spans, NULs, entities. */
const SOUP = [
  '<table>', '</table>', '<tr>', '</tr>', '<td>', '</td>', '<th>', '<tbody>', '<p>', '</p>', '<br>', '<br/>', '<div>', '</div>',
  '<span>', '<font>', '<o:p>', '</o:p>', '<!--', '-->', '<!-- x -->', '<![CDATA[', ']]>', '<script>', '</script>', '<style>', '</style>',
  '<textarea>', '<svg>', '<math>', '<title>', '<td rowspan="0">', '<td rowspan="-3">', '<td colspan="100000">', '<td rowspan="99999999999">',
  '<td colspan="1e9">', '<td colspan=abc>', '<td colspan="2">', '<', '>', '</', '<!', '<?xml?>', '&', '&nbsp;', '&amp;', '&#0;', '&#x0;',
  '&#1114112;', '&#xD800;', '&#12345678901234567890;', '\u0000', '\uFEFF', '\u200B', '\uFFFD', '\r', '\n', '\t', '  ', '|',
  '<meta charset="big5">', '<meta http-equiv="Content-Type" content="text/html; charset=gbk">',
]

/** Content-Types that senders use, lying ones included: a charset that is not the body's, one that does not exist. */
export const CONTENT_TYPES = [
  'text/html', 'text/html; charset=utf-8', 'text/html; charset=gbk', 'text/html; charset=big5', 'text/html; charset=utf-16le',
  'text/html; charset=iso-8859-1', 'text/html; charset=x-no-such-charset', 'text/plain', 'text/plain; charset=gb18030',
  'text/plain; charset=utf-8', 'application/xhtml+xml', 'application/octet-stream', 'text/plain; charset="', '',
]

const soup = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...SOUP) }, { weight: 3, arbitrary: fc.constantFrom(...REPORT_WORDS) }, { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) }, { weight: 1, arbitrary: fc.nat().map(String) }), { maxLength: 300 })
  .map((parts) => parts.join(''))

export const randomBytes: fc.Arbitrary<Body> = fc.record({
  bytes: fc.uint8Array({ maxLength: 2048 }),
  contentType: fc.constantFrom(...CONTENT_TYPES),
}).map(({ bytes, contentType }) => ({ bytes, contentType, shape: 'random bytes' }))

export const randomHtml: fc.Arbitrary<Body> = fc.record({ html: soup, contentType: fc.constantFrom('text/html', 'text/html; charset=utf-8', 'text/plain', 'application/xhtml+xml') })
  .map(({ html, contentType }) => ({ bytes: encoder.encode(html), contentType, shape: 'tag soup' }))

/** Hostile values for a span attribute: zero, negative, huge, not a number. */
const SPANS = ['0', '-1', '-100000', '100000', '4294967297', '1e9', 'abc', '', '2.5', ' 3']
/** A number of 400 digits: no count has that many, and a double cannot hold it. */
export const HUGE_NUMBER = '9'.repeat(400)

type Mutation =
  | { op: 'delete' | 'duplicate'; at: number }
  | { op: 'swap'; at: number; with: number }
  | { op: 'insert'; at: number; piece: string }
  | { op: 'span'; at: number; value: string }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('delete' as const, 'duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), piece: fc.oneof(fc.constantFrom(...SOUP), fc.constant(HUGE_NUMBER), fc.constant(`<td>${HUGE_NUMBER}</td>`), fc.constant(`\t${HUGE_NUMBER}\t`)) }),
  fc.record({ op: fc.constant('span' as const), at: fc.nat(), value: fc.constantFrom(...SPANS) }),
)

/** Rows of a report: table rows and lines of HTML, lines of text; what a mutation deletes, duplicates or swaps. */
function piecesOf(seed: Seed): string[] {
  return seed.inputType === 'html' ? seed.input.split(/(?=<tr[\s>])|\n/) : seed.input.split('\n')
}

function mutate(pieces: string[], m: Mutation): string[] {
  const out = pieces.slice()
  if (out.length === 0) return out
  const at = m.at % out.length
  switch (m.op) {
    case 'delete':
      out.splice(at, 1)
      break
    case 'duplicate':
      out.splice(at, 0, out[at] ?? '')
      break
    case 'swap': {
      const other = m.with % out.length
      ;[out[at], out[other]] = [out[other] ?? '', out[at] ?? '']
      break
    }
    case 'insert': {
      const piece = out[at] ?? ''
      const cut = piece.length === 0 ? 0 : m.at % (piece.length + 1)
      out[at] = piece.slice(0, cut) + m.piece + piece.slice(cut)
      break
    }
    case 'span':
      out[at] = (out[at] ?? '').replace(/(rowspan|colspan)="[^"]*"/, `$1="${m.value}"`)
      break
  }
  return out
}

/** How the mutated text is put on the wire: plain UTF-8, with a BOM, with stray invalid bytes, or under a charset that lies. */
type Wire = 'utf-8' | 'bom' | 'utf16-bom' | 'invalid-utf8' | 'lying-charset' | 'json' | 'form' | 'nul'

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.byteLength
  }
  return out
}

function onWire(text: string, seed: Seed, wire: Wire, position: number): Body {
  const type = seed.inputType === 'html' ? 'text/html' : 'text/plain'
  const bytes = encoder.encode(text)
  const cut = bytes.byteLength === 0 ? 0 : position % bytes.byteLength
  switch (wire) {
    case 'bom':
      return { bytes: concat(new Uint8Array([0xef, 0xbb, 0xbf]), bytes), contentType: type, shape: 'BOM' }
    case 'utf16-bom':
      return { bytes: concat(new Uint8Array([0xff, 0xfe]), bytes), contentType: type, shape: 'UTF-16 BOM on UTF-8' }
    case 'invalid-utf8':
      return { bytes: concat(bytes.subarray(0, cut), new Uint8Array([0xff, 0xc0, 0x80, 0xed, 0xa0, 0x80, 0x80]), bytes.subarray(cut)), contentType: `${type}; charset=utf-8`, shape: 'invalid UTF-8' }
    case 'lying-charset':
      return { bytes, contentType: `${type}; charset=${['gbk', 'big5', 'utf-16le', 'shift_jis', 'iso-8859-1'][position % 5]}`, shape: 'lying charset' }
    case 'json':
      return { bytes: encoder.encode(JSON.stringify({ content: text, ...(position % 2 ? { contentType: type } : {}) })), contentType: 'application/json', shape: 'JSON' }
    case 'form':
      return { bytes: encoder.encode(new URLSearchParams({ content: text }).toString()), contentType: 'application/x-www-form-urlencoded', shape: 'form' }
    case 'nul':
      return { bytes: concat(bytes.subarray(0, cut), new Uint8Array(64), bytes.subarray(cut)), contentType: type, shape: 'NUL bytes' }
    default:
      return { bytes, contentType: `${type}; charset=utf-8`, shape: 'UTF-8' }
  }
}

/** A real report of the corpus with rows deleted, duplicated and swapped, markup and huge numbers inserted, spans broken, then encoded one of the ways above. */
export function mutatedReport(seeds: readonly Seed[]): fc.Arbitrary<Body> {
  return fc
    .record({
      seed: fc.constantFrom(...seeds),
      mutations: fc.array(mutation, { minLength: 1, maxLength: 8 }),
      wire: fc.constantFrom<Wire>('utf-8', 'utf-8', 'utf-8', 'bom', 'utf16-bom', 'invalid-utf8', 'lying-charset', 'json', 'form', 'nul'),
      position: fc.nat(),
    })
    .map(({ seed, mutations, wire, position }) => {
      const text = mutations.reduce(mutate, piecesOf(seed)).join('\n')
      const body = onWire(text, seed, wire, position)
      return { ...body, shape: `${seed.name}, ${mutations.map((m) => m.op).join('+')}, ${body.shape}` }
    })
}

/** The Worker's default body limit (SPEC §4). */
const FIVE_MIB = 5 * 1024 * 1024

/**
 * One line of about 5 MiB — just under the body limit, at it, or just over — made of one repeated unit:
 * letters, digits (a 5-million-digit number), `<`, `&`, Chinese characters, spaces, or a table row.
 */
export const hugeLine: fc.Arbitrary<Body> = fc
  .record({
    unit: fc.constantFrom('a', '1', '<', '&', '中', ' ', '<td>1</td>', '|1', '\t1', '9,999'),
    size: fc.integer({ min: FIVE_MIB - 4096, max: FIVE_MIB + 4096 }),
    contentType: fc.constantFrom('text/plain', 'text/html', 'application/json'),
  })
  .map(({ unit, size, contentType }) => {
    const unitBytes = encoder.encode(unit).byteLength
    const line = unit.repeat(Math.max(1, Math.floor(size / unitBytes)))
    const text = contentType === 'application/json' ? JSON.stringify({ content: line }) : line
    return { bytes: encoder.encode(text), contentType, shape: `one line of ${JSON.stringify(unit)} × ${line.length / unit.length}` }
  })
