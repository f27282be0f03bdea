import fc from 'fast-check'
import { valueAt } from '../../../src/schema/paths.ts'
import { fromGen } from '../generator/random.ts'
import { SHAPES, type Rendered } from '../generator/shapes.ts'
import { encodeLegacy } from '../legacy-encode.ts'
import type { Body } from './arbitraries.ts'

/**
 * Generated reports (test/support/generator), whose every number is known, mutated in ways that leave those
 * numbers where they are: control and invisible characters, spaces, stray markup and character references
 * put into the text, then sent in one of the forms of SPEC §2. Whatever the converter makes of the result,
 * each number it gives must be the one of its own cell; where it cannot read a cell, null with a warning.
 * "A number the body holds somewhere" (invariants.ts) cannot see a number in its neighbour's cell: this can.
 */

export interface KnownBody extends Body {
  /** What the report holds, as generated. */
  rendered: Rendered
}

/** Characters a page can hold that are neither text nor markup: separators, controls, invisible marks. */
const CONTROLS = ['\u001f', '\u001e', '\u0001', '\u0000', '\u200b', '\ufeff', '\u00ad', '\u2028']
/** Markup that changes no cell: inline elements, comments, empty Word paragraphs' marks. */
const MARKUP = ['<span>', '</span>', '<!-- x -->', '<o:p></o:p>', '<b></b>', '<font face="宋体">', '&#8203;', '<wbr>']

type Mutation = { op: 'control' | 'space' | 'markup' | 'entity'; at: number; pick: number }

const mutation: fc.Arbitrary<Mutation> = fc.record({ op: fc.constantFrom('control', 'space', 'markup', 'entity'), at: fc.nat(), pick: fc.nat() })

/**
 * Where a character can go without making or unmaking a cell: right after a Chinese character of the text
 * (never inside a tag, where it would change the markup, and never inside a number).
 */
function textPositions(input: string, html: boolean): number[] {
  const out: number[] = []
  let inTag = false
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i)
    if (html && code === 0x3c) inTag = true
    else if (html && code === 0x3e) inTag = false
    else if (!inTag && code >= 0x4e00 && code <= 0x9fff) out.push(i + 1)
  }
  return out
}

function mutate(input: string, html: boolean, mutations: Mutation[]): string {
  let text = input
  for (const m of mutations) {
    const positions = textPositions(text, html)
    if (positions.length === 0) break
    const at = positions[m.at % positions.length] ?? 0
    let piece: string
    if (m.op === 'control') piece = CONTROLS[m.pick % CONTROLS.length] ?? ''
    else if (m.op === 'space') piece = html ? [' ', '\n', '\u00a0', '&nbsp;', '\u3000'][m.pick % 5] ?? ' ' : [' ', '\u3000', '\u00a0'][m.pick % 3] ?? ' '
    else if (m.op === 'markup' && html) piece = MARKUP[m.pick % MARKUP.length] ?? ''
    else if (m.op === 'entity' && html) {
      // The Chinese character before the position, written as a character reference.
      text = `${text.slice(0, at - 1)}&#x${text.charCodeAt(at - 1).toString(16)};${text.slice(at)}`
      continue
    } else piece = CONTROLS[m.pick % CONTROLS.length] ?? ''
    text = text.slice(0, at) + piece + text.slice(at)
  }
  return text
}

type Wire = 'utf-8' | 'bom' | 'json' | 'form' | 'multipart' | 'gbk'

const encoder = new TextEncoder()

function onWire(text: string, rendered: Rendered, wire: Wire): { bytes: Uint8Array; contentType: string } {
  const type = rendered.inputType === 'html' ? 'text/html' : 'text/plain'
  switch (wire) {
    case 'bom':
      return { bytes: encoder.encode(`\ufeff${text}`), contentType: type }
    case 'json':
      return { bytes: encoder.encode(JSON.stringify({ content: text, contentType: type })), contentType: 'application/json' }
    case 'form':
      return { bytes: encoder.encode(new URLSearchParams({ content: text }).toString()), contentType: 'application/x-www-form-urlencoded' }
    case 'multipart': {
      const boundary = '----xxgk-fuzz-7d3a'
      const name = rendered.inputType === 'html' ? 'report.html' : 'report.txt'
      const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}; charset=utf-8\r\n\r\n${text}\r\n--${boundary}--\r\n`
      return { bytes: encoder.encode(body), contentType: `multipart/form-data; boundary=${boundary}` }
    }
    case 'gbk':
      try {
        return { bytes: encodeLegacy(text, 'gbk'), contentType: `${type}; charset=gbk` }
      } catch {
        // A character GBK cannot write (a pinyin tone mark, U+2028): sent as UTF-8 instead.
        return { bytes: encoder.encode(text), contentType: `${type}; charset=utf-8` }
      }
    default:
      return { bytes: encoder.encode(text), contentType: `${type}; charset=utf-8` }
  }
}

/** Every shape but the glued crawler dump, whose runs are read by arithmetic and may be left ambiguous. */
const SHAPES_READ_BY_CELL = SHAPES.filter((s) => s.mode !== 'glued')

export const mutatedGenerated: fc.Arbitrary<KnownBody> = fc
  .record({
    g: fc.gen(),
    shape: fc.constantFrom(...SHAPES_READ_BY_CELL),
    mutations: fc.array(mutation, { minLength: 1, maxLength: 6 }),
    wire: fc.constantFrom<Wire>('utf-8', 'utf-8', 'bom', 'json', 'form', 'multipart', 'gbk'),
  })
  .map(({ g, shape, mutations, wire }) => {
    const rendered = shape.render(fromGen(g))
    const text = mutate(rendered.input, rendered.inputType === 'html', mutations)
    const body = onWire(text, rendered, wire)
    const name = `${shape.name}, ${mutations.map((m) => m.op).join('+')}, ${wire}`
    // A counterexample is reported by its name and size, not as a quarter of a megabyte of bytes.
    return { ...body, rendered, shape: name, [fc.toStringMethod]: () => `${name} (${body.bytes.byteLength} bytes)` }
  })

/**
 * The cells of a converted report that hold another cell's number: each table cell must be the generated
 * number, or null with a warning naming it; a cell the report prints blank must be null.
 */
export function misplacedNumbers(rendered: Rendered, report: Record<string, unknown>): string[] {
  const warnings = (report.warnings ?? []) as { path?: string }[]
  const warned = (path: string) => warnings.some((w) => w.path !== undefined && (w.path === path || path.startsWith(`${w.path}.`)))
  const out: string[] = []
  for (const [path, want] of rendered.generated.expected.cells) {
    const have = valueAt(report, path)
    if (have === want) continue
    if (have === null || have === undefined) {
      if (want !== null && !warned(path)) out.push(`${path}: null without a warning`)
      continue
    }
    out.push(`${path}: want ${JSON.stringify(want)} got ${JSON.stringify(have)}`)
  }
  return out
}
