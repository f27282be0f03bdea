import { mkdirSync, writeFileSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import { batchCsvHeader, batchCsvLine, batchSummary, checkCrossYear, reportsToCsv, yearOf } from '../../dist/index.js'

/**
 * Where the answers go. One input, to standard output: as POST /v1/convert answers (the report's JSON, or
 * its CSV). Several: as POST /v1/convert/batch answers — json gathers them into one object at the end,
 * ndjson and csv stream a line per input so that thousands of reports need no more memory than one.
 * --out DIR: a file per input instead.
 */
/** @typedef {import('../../dist/index.js').BatchItem} BatchItem */

/** @param {{ format: string, out: string | undefined, single: boolean }} options */
export function createSink({ format, out, single }) {
  const stdout = process.stdout
  /** Just what the cross-year check reads, kept per converted report instead of the whole report. */
  /** @type {import('../../dist/index.js').YearReport[]} */
  const years = []
  /** @type {BatchItem[]} */
  const items = []
  const names = new Set()
  let started = false

  /** @param {string} id */
  const fileName = (id) => {
    const stem = id === '-' ? 'stdin' : basename(id, extname(id))
    const ext = format === 'csv' ? '.csv' : '.json'
    let name = stem + ext
    for (let n = 2; names.has(name); n++) name = `${stem}-${n}${ext}`
    names.add(name)
    return name
  }

  return {
    /**
     * One input's answer; throws where --out cannot write.
     * @param {BatchItem} item
     */
    add(item) {
      const year = yearOf(item)
      if (year) years.push(year)
      if (out !== undefined) {
        if (!item.ok) return
        mkdirSync(out, { recursive: true })
        const body = format === 'csv' ? reportsToCsv([item.report]) : `${JSON.stringify(item.report, null, 2)}\n`
        writeFileSync(join(out, fileName(item.id)), body)
      } else if (single) {
        if (item.ok) stdout.write(format === 'csv' ? reportsToCsv([item.report]) : format === 'ndjson' ? `${JSON.stringify(item)}\n` : `${JSON.stringify(item.report, null, 2)}\n`)
      } else if (format === 'ndjson') stdout.write(`${JSON.stringify(item)}\n`)
      else if (format === 'csv') {
        if (!started) stdout.write(batchCsvHeader())
        started = true
        stdout.write(batchCsvLine(item))
      } else items.push(item)
    },
    /** Ends the output; returns the cross-year checks of the run. */
    finish() {
      const crossYear = checkCrossYear(years)
      if (out === undefined && !single) {
        if (format === 'csv' && !started) stdout.write(batchCsvHeader())
        if (format === 'json') {
          const summary = batchSummary(items.length, items.filter((i) => i.ok).length)
          stdout.write(`${JSON.stringify({ results: items, crossYear, summary }, null, 2)}\n`)
        }
      }
      return crossYear
    },
  }
}
