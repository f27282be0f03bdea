import { pageHtml } from './html-page.ts'
import type { HtmlVariant } from './html-official.ts'
import type { Carries } from './mutate.ts'
import { wordHtml } from './html-word.ts'
import type { Random } from './random.ts'
import { generateReport, type GeneratedReport, type ReportOptions } from './report.ts'
import { textReport, type TextVariant } from './text.ts'
import { mirror } from './traditional.ts'
import type { Mode } from './verify.ts'

/**
 * Every shape the converter must read, each a way of writing a generated report. `allowEmpty`: whether
 * the shape keeps an empty cell as a cell (HTML, tabs, Markdown); where it would vanish (one cell per
 * line, runs of spaces) a blank is printed as `—`, `/`, `无`, as such reports do.
 */

export interface Rendered {
  input: string
  inputType: 'html' | 'text'
  generated: GeneratedReport
  /** What the source block must say. */
  source: { script: 'simplified' | 'traditional'; annotationsRemoved: number; noiseRemoved: boolean }
}

export interface Shape {
  name: string
  render(r: Random, overrides?: Partial<ReportOptions>): Rendered
  /** `never-wrong` where the shape itself admits more than one reading (see verify.ts). */
  mode?: Mode
  /** What the shape can print of the mutations people make (mutate.ts). */
  carries: Carries
}

const PAGE: Carries = { whitespace: true, lineBreaks: true, headTitle: true }

function plain(report: GeneratedReport, input: string, inputType: 'html' | 'text'): Rendered {
  return { input, inputType, generated: report, source: { script: 'simplified', annotationsRemoved: 0, noiseRemoved: false } }
}

function html(name: string, variant: HtmlVariant, options: Partial<ReportOptions> = {}, mode: Mode = 'exact', carries: Carries = PAGE): Shape {
  return {
    name,
    mode,
    carries,
    render(r, overrides = {}) {
      const report = generateReport(r, { allowEmpty: true, resultsLabel: r.pick(['span', 'span', 'own-line']), ...options, ...overrides })
      return plain(report, pageHtml(r, report.doc, variant), 'html')
    },
  }
}

function text(name: string, variant: TextVariant, allowEmpty: boolean, carries: Carries): Shape {
  return {
    name,
    carries,
    render(r, overrides = {}) {
      const report = generateReport(r, { allowEmpty, resultsLabel: r.pick(['span', 'own-line']), ...overrides })
      return plain(report, textReport(r, report.doc, variant), 'text')
    },
  }
}

export const SHAPES: Shape[] = [
  html('official HTML (rowspan/colspan)', 'official'),
  html('flat HTML (every span written out), blanks as marks', 'flat', { allowEmpty: false }),
  // Covered cells and blank cells both empty (`label | (covered) | 5 | … | (blank)`): the header's grid columns settle it.
  html('flat HTML (every span written out), blanks as empty cells', 'flat', {}),
  // A blank of whitespace beside a spacer cell would be two readings: blanks stay marks here.
  html('HTML, header spans that disagree with the data', 'spacers', { allowEmpty: false }, 'exact', { ...PAGE, whitespace: false }),
  // A spacer and an empty blank in one row, under a header that does not line up: two readings, no grid to settle them.
  html('HTML, header spans that disagree, blanks as empty cells', 'spacers', {}, 'never-wrong'),
  html('HTML, all three tables in one <table>', 'one-table'),
  html('HTML, table 三 split in two with its header repeated', 'split'),
  html('HTML, tables nested in a layout table', 'nested'),
  html('HTML, site navigation around the article', 'navigation'),
  {
    name: 'HTML pasted from Word (MsoNormal)',
    carries: PAGE,
    render(r, overrides = {}) {
      const report = generateReport(r, { allowEmpty: true, resultsLabel: r.pick(['span', 'own-line']), ...overrides })
      return plain(report, wordHtml(r, report.doc), 'html')
    },
  },
  text('text, one cell per line', 'lines', false, { whitespace: true, lineBreaks: true, headTitle: false }),
  text('text, tab-separated rows', 'tabs', true, { whitespace: true, lineBreaks: true, headTitle: false }),
  // Runs of spaces swallow a cell of spaces; a Markdown cell holds no line break.
  text('text, cells separated by runs of spaces (PDF copy)', 'spaces', false, { whitespace: false, lineBreaks: true, headTitle: false }),
  text('text, Markdown pipe tables', 'markdown', true, { whitespace: true, lineBreaks: false, headTitle: false }),
  {
    // Exactly the generated numbers, or null with `ambiguous_cells` where several readings fit: never another number.
    name: 'text, cells glued together with no separator (crawler dump)',
    mode: 'glued',
    carries: { whitespace: false, lineBreaks: false, headTitle: false },
    render(r, overrides = {}) {
      const report = generateReport(r, { allowEmpty: false, resultsLabel: r.pick(['span', 'own-line']), glued: true, ...overrides })
      return plain(report, textReport(r, report.doc, 'glued'), 'text')
    },
  },
  {
    name: 'Traditional mirror copy with pinyin and spam',
    // HTML or text at random: only what both carry.
    carries: { whitespace: true, lineBreaks: true, headTitle: false },
    render(r, overrides = {}) {
      const report = generateReport(r, { allowEmpty: false, resultsLabel: 'span', ...overrides })
      const mirrored = mirror(r, report.doc)
      const asHtml = r.bool(0.4)
      const input = asHtml ? pageHtml(r, mirrored.doc, 'official') : textReport(r, mirrored.doc, r.pick(['lines', 'tabs'] as const))
      // A page repeats its title in <head><title>, pinyin and all: those readings are stripped too.
      const title = mirrored.doc.blocks.find((b) => b.kind === 'title')
      const inHead = asHtml && input.includes('<title>') && title && 'text' in title ? (title.text.match(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùü]+\)/g) ?? []).length : 0
      const source = { script: 'traditional' as const, annotationsRemoved: mirrored.annotations + inHead, noiseRemoved: true }
      return { input, inputType: asHtml ? 'html' : 'text', generated: report, source }
    },
  },
]
