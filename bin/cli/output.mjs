import { mkdirSync, writeFileSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import { batchCsvHeader, batchCsvLine, checkCrossYear, reportsToCsv } from '../../dist/index.js'

/**
 * Where the answers go. One input, to standard output: as POST /v1/convert answers (the report's JSON, or
 * its CSV). Several: as POST /v1/convert/batch answers — json gathers them into one object at the end,
 * ndjson and csv stream a line per input so that thousands of reports need no more memory than one.
 * --out DIR: a file per input instead.
 */
export function createSink({ format, out, single }) {
  const stdout = process.stdout
  /** Just what the cross-year check reads, kept per converted report instead of the whole report. */
  const years = []
  const items = []
  const names = new Set()
  let started = false

  const fileName = (id) => {
    const stem = id === '-' ? 'stdin' : basename(id, extname(id))
    const ext = format === 'csv' ? '.csv' : '.json'
    let name = stem + ext
    for (let n = 2; names.has(name); n++) name = `${stem}-${n}${ext}`
    names.add(name)
    return name
  }

  return {
    /** One input's answer (a BatchItem); throws where --out cannot write. */
    add(item) {
      if (item.ok) {
        const { report, applications } = item.report
        const rows = applications?.rows
        years.push({ id: item.id, report: { report, applications: rows ? { rows: { carriedOver: rows.carriedOver, carriedForward: rows.carriedForward } } : null } })
      }
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
          const failed = items.filter((i) => !i.ok).length
          const summary = { documents: items.length, converted: items.length - failed, failed }
          stdout.write(`${JSON.stringify({ results: items, crossYear, summary }, null, 2)}\n`)
        }
      }
      return crossYear
    },
  }
}
