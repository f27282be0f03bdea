import { parseArgs } from 'node:util'
import { DEFAULT_LIMITS, LIMIT_SETTINGS } from '../../dist/index.js'

export const FORMATS = ['json', 'ndjson', 'csv']

/**
 * What each bound of the library (LIMIT_SETTINGS) means here, for --help; the flag names come from the library.
 * @type {Partial<Record<keyof import('../../dist/index.js').Limits, [string, string]>>}
 */
const LIMIT_HELP = {
  maxBytes: ['bytes', 'largest input file: payload_too_large above it'],
  maxCells: ['N', 'most table cells plus paragraphs in one input: too_many_cells'],
  maxDepth: ['N', 'deepest nesting of HTML elements: too_deeply_nested'],
  maxLineLength: ['N', 'longest line, or text of one HTML cell, in characters: line_too_long'],
  maxNumberDigits: ['N', 'most digits read from one cell; past it the cell is null (number_too_long)'],
}
const LIMIT_FLAGS = LIMIT_SETTINGS.filter((s) => s.flag !== null)

function limitsHelp() {
  return LIMIT_FLAGS.map(({ key, env, flag }) => {
    const [unit, what] = LIMIT_HELP[key] ?? ['N', key]
    const name = `--${flag} ${unit}`.padEnd(26)
    return `  ${name}${what}\n  ${''.padEnd(26)}(default ${DEFAULT_LIMITS[key]}; the Worker's ${env})`
  }).join('\n')
}

export const HELP = `usage: xxgk-json [options] <file | folder | glob | -> ...

Converts 政府信息公开工作年度报告 (.html, .htm, .txt — GBK, GB18030, Big5 and UTF-8 alike — .pdf and .docx) to JSON or CSV,
with the same library the HTTP API runs. One input prints its report as POST /v1/convert would; several
print one answer as POST /v1/convert/batch would, with the cross-year check of one organ's consecutive years.

inputs
  file            a report; .html/.htm are read as HTML, .txt as text, a PDF or .docx by its bytes,
                  anything else is sniffed
  folder          every .html, .htm, .txt, .pdf and .docx file below it
  glob            e.g. 'reports/**/*.html' (quoted, so that the CLI expands it, not the shell)
  -               standard input

options
  -f, --format F  json (default): the report, or {results, crossYear, summary} for several inputs
                  ndjson: one line per input, {"id", "ok", "report" | "error"}
                  csv: a header of JSON paths and one line per report (UTF-8 with a byte-order mark);
                       several inputs add the columns id (the file) and error.code
  -o, --out DIR   write one file per input into DIR (name.json or name.csv) instead of standard output
  -t, --type T    html or text: how to read every input (default: by extension, else sniffed)
  -q, --quiet     no progress bar and no summary on standard error
  --no-provenance leave out where each number was read (the report's "provenance"; smaller, a little faster)
  -h, --help      this text
  -v, --version   the version

limits (the same bounds, with the same defaults, as the HTTP API and the library; a positive whole number)
${limitsHelp()}

exit codes
  0   every input was converted (failed arithmetic checks are reported in the output, not as errors)
  2   the command line is wrong
  65  an input is not a convertible report (not_a_report, unsupported_format, undecodable, …)
  66  an input could not be read (missing file, or a folder or glob without reports)
  70  the converter failed on an input (a bug: please report it)
  73  an output file could not be written
  The most serious applies: 70 > 73 > 66 > 65.

examples
  xxgk-json report.html > report.json
  xxgk-json --format csv reports/ > reports.csv
  curl -s https://example.gov.cn/xxgk/2023.html | xxgk-json --type html -
  xxgk-json --out json/ 'reports/**/*.htm*'
`

/**
 * The limit flags given → the library's `limits` option; a value that is not a positive whole number is a usage error.
 * @param {Record<string, unknown>} values
 */
function limitsOf(values) {
  /** @type {Partial<import('../../dist/index.js').Limits>} */
  const limits = {}
  for (const { key, flag } of LIMIT_FLAGS) {
    const value = flag === null ? undefined : values[flag]
    if (typeof value !== 'string') continue
    if (!/^\d+$/.test(value) || Number(value) < 1) throw { usage: `--${flag} must be a positive whole number, not "${value}".` }
    limits[key] = Number(value)
  }
  return limits
}

/**
 * @typedef {object} Options
 * @property {string} format
 * @property {string} [out]
 * @property {'html' | 'text'} [type]
 * @property {boolean} quiet
 * @property {boolean} provenance  where each number was read; false with --no-provenance
 * @property {boolean} help
 * @property {boolean} version
 * @property {Partial<import('../../dist/index.js').Limits>} limits
 * @property {string[]} inputs
 */

/**
 * The command line → options, or a usage error (thrown as { usage: message }).
 * @param {string[]} argv
 * @returns {Options}
 */
export function readArgs(argv) {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'json' },
        out: { type: 'string', short: 'o' },
        type: { type: 'string', short: 't' },
        quiet: { type: 'boolean', short: 'q', default: false },
        'no-provenance': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
        ...Object.fromEntries(LIMIT_FLAGS.map(({ flag }) => [flag, { type: 'string' }])),
      },
    })
  } catch (error) {
    throw { usage: error instanceof Error ? error.message : String(error) }
  }
  const { positionals } = parsed
  const values = /** @type {Record<string, string | boolean | undefined>} */ (parsed.values)
  const format = String(values.format)
  if (!FORMATS.includes(format)) throw { usage: `--format must be one of ${FORMATS.join(', ')}, not "${values.format}".` }
  const type = values.type
  if (type !== undefined && type !== 'html' && type !== 'text') throw { usage: `--type must be html or text, not "${String(type)}".` }
  if (!values.help && !values.version && positionals.length === 0) throw { usage: 'no input: name files, folders or globs, or - for standard input.' }
  const out = typeof values.out === 'string' ? values.out : undefined
  return { format, out, type, quiet: values.quiet === true, provenance: values['no-provenance'] !== true, help: values.help === true, version: values.version === true, limits: limitsOf(values), inputs: positionals }
}
