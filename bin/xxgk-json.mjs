#!/usr/bin/env node
// xxgk-json FILE — prints the JSON of one report, as the HTTP API returns it. Uses the library, not HTTP.
import { readFileSync } from 'node:fs'
import { extname } from 'node:path'
import { convertReport, ConvertError } from '../dist/index.js'

const file = process.argv[2]
if (!file || file === '--help' || file === '-h') {
  process.stderr.write('usage: xxgk-json FILE\n  Converts a 政府信息公开工作年度报告 (.html, .htm or .txt) to JSON on stdout.\n')
  process.exit(file ? 0 : 2)
}
const ext = extname(file).toLowerCase()
const inputType = ext === '.html' || ext === '.htm' ? 'html' : ext === '.txt' ? 'text' : undefined
try {
  const report = convertReport(readFileSync(file), { inputType })
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
} catch (error) {
  if (error instanceof ConvertError) {
    process.stderr.write(`${file}: ${error.code}: ${error.message}\n`)
    process.exit(error.status >= 500 ? 70 : 65)
  }
  throw error
}
