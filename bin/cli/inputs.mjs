import { Buffer } from 'node:buffer'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'
import { inputTypeOf as textOrHtml, readAsOfFileName, REPORT_EXTENSIONS } from '../../dist/index.js'

/** The files a folder stands for: every report-like file below it, by the library's own list of extensions. */
const EXTENSIONS = Object.keys(REPORT_EXTENSIONS).map((e) => e.slice(1))
const REPORT_FILES = `**/*.{${[...EXTENSIONS, ...EXTENSIONS.map((e) => e.toUpperCase())].join(',')}}`

/**
 * How to read a file by its extension; others (a .pdf, a .docx) are recognised by the library from their bytes.
 * @param {string} name
 */
export function inputTypeOf(name) {
  return textOrHtml(readAsOfFileName(name))
}

/** @param {string} path */
function kind(path) {
  try {
    const stat = statSync(path)
    return stat.isDirectory() ? 'folder' : 'file'
  } catch {
    return 'missing'
  }
}

/**
 * Arguments → the inputs, in order, each { id, path } (path null for stdin), and the arguments that stood for
 * nothing (a missing file, an empty folder, a glob without a match), each { id, problem }.
 */
/** @typedef {{ id: string, path: string | null }} Input */

/** @param {string[]} args */
export async function expandInputs(args) {
  /** @type {Input[]} */
  const inputs = []
  /** @type {{ id: string, problem: string }[]} */
  const missing = []
  const seen = new Set()
  /** @param {string} path */
  const add = (path) => {
    if (seen.has(path)) return
    seen.add(path)
    inputs.push({ id: path, path })
  }
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ id: '-', path: null })
      continue
    }
    const what = kind(arg)
    if (what === 'file') add(arg)
    else if (what === 'folder') {
      const files = (await glob(REPORT_FILES, { cwd: arg, onlyFiles: true })).sort()
      if (files.length === 0) missing.push({ id: arg, problem: `the folder holds no ${Object.keys(REPORT_EXTENSIONS).join(', ')} file` })
      for (const f of files) add(join(arg, f))
    } else if (isDynamicPattern(arg)) {
      const files = (await glob(arg, { onlyFiles: true })).sort()
      if (files.length === 0) missing.push({ id: arg, problem: 'no file matches this pattern' })
      for (const f of files) add(f)
    } else missing.push({ id: arg, problem: 'no such file or folder' })
  }
  return { inputs, missing }
}

/**
 * The bytes of an input: the file, or all of standard input.
 * @param {Input} input
 * @returns {Promise<Uint8Array>}
 */
export async function readInput(input) {
  if (input.path !== null) return readFileSync(input.path)
  /** @type {Buffer[]} */
  const chunks = []
  for await (const chunk of process.stdin) chunks.push(chunk)
  return Buffer.concat(chunks)
}
