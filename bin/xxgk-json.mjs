#!/usr/bin/env node
// xxgk-json: reports → JSON, NDJSON or CSV, with the library (dist/), not HTTP. `xxgk-json --help` says how.
import { readFileSync } from 'node:fs'
import { tryConvertDocument } from '../dist/index.js'
import { HELP, readArgs } from './cli/args.mjs'
import { EXIT, exitFor, worse } from './cli/exit-codes.mjs'
import { expandInputs, inputTypeOf, readInput } from './cli/inputs.mjs'
import { createSink } from './cli/output.mjs'
import { progressBar } from './cli/progress.mjs'

/**
 * Why a file could not be read or written, in a word (ENOENT) where the system gave one.
 * @param {unknown} error
 */
const reason = (error) => /** @type {NodeJS.ErrnoException} */ (error)?.code ?? (error instanceof Error ? error.message : String(error))

/** @param {string} line */
const say = (line) => process.stderr.write(`${line}\n`)

// A reader that stops early (`xxgk-json … | head`) is not an error.
process.stdout.on('error', (/** @type {NodeJS.ErrnoException} */ error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

/**
 * @param {string[]} argv
 * @returns {Promise<number>} the exit code
 */
async function main(argv) {
  let options
  try {
    options = readArgs(argv)
  } catch (error) {
    const usage = /** @type {{ usage?: string }} */ (error)?.usage
    if (!usage) throw error
    say(`xxgk-json: ${usage}\nTry xxgk-json --help.`)
    return EXIT.USAGE
  }
  if (options.help) {
    process.stdout.write(HELP)
    return EXIT.OK
  }
  if (options.version) {
    process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`)
    return EXIT.OK
  }

  const { inputs, missing } = await expandInputs(options.inputs)
  /** @type {number} */
  let code = EXIT.OK
  for (const m of missing) {
    say(`${m.id}: ${m.problem}`)
    code = worse(code, EXIT.NO_INPUT)
  }
  // One named file (or stdin) answers like POST /v1/convert; folders, globs and several files like the batch.
  const single = options.inputs.length === 1 && inputs.length === 1 && (inputs[0].path === null || inputs[0].path === options.inputs[0])
  const sink = createSink({ format: options.format, out: options.out, single })
  const progress = progressBar(inputs.length, { enabled: !options.quiet })
  let converted = 0

  for (const [i, input] of inputs.entries()) {
    progress.tick(i, input.id)
    let bytes
    try {
      bytes = await readInput(input)
    } catch (error) {
      say(`${input.id}: cannot be read (${reason(error)})`)
      code = worse(code, EXIT.NO_INPUT)
      continue
    }
    const result = await tryConvertDocument(bytes, { inputType: options.type ?? (input.path ? inputTypeOf(input.path) : undefined), limits: options.limits, provenance: options.provenance })
    if (result.ok) converted++
    else {
      say(`${input.id}: ${result.error.code}: ${result.error.message}`)
      code = worse(code, exitFor(result.error.code))
    }
    try {
      sink.add({ id: input.id, ...result })
    } catch (error) {
      say(`${options.out}: cannot write (${reason(error)})`)
      return worse(code, EXIT.CANT_CREATE)
    }
  }
  progress.tick(inputs.length, '')
  progress.done()
  const crossYear = sink.finish()

  if (!options.quiet && !single) {
    say(`converted ${converted} of ${inputs.length} input(s)${missing.length ? `; ${missing.length} argument(s) matched nothing` : ''}`)
    const failed = crossYear.filter((c) => c.status === 'fail')
    if (crossYear.length > 0) say(`cross-year checks: ${crossYear.length}, failed: ${failed.length}`)
    for (const c of failed) say(`  ${c.organ} ${c.years.join('→')} ${c.id}: ${c.left} ≠ ${c.right} (${c.documents.join(', ')})`)
  }
  return code
}

process.exitCode = await main(process.argv.slice(2))
