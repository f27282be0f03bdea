// The HTTP API from Node (18+, no dependencies), against `npm start` or a deployment: set XXGK_URL (and
// XXGK_API_KEY if it needs one).   node examples/clients/node.mjs
import { readFile } from 'node:fs/promises'

const url = process.env.XXGK_URL ?? 'http://127.0.0.1:8787'
const auth = process.env.XXGK_API_KEY ? { Authorization: `Bearer ${process.env.XXGK_API_KEY}` } : {}
const example = (name) => readFile(new URL(`../${name}`, import.meta.url), 'utf8')

async function call(path, body, contentType) {
  const res = await fetch(url + path, { method: 'POST', body, headers: { 'Content-Type': contentType, ...auth } })
  const answer = await res.json()
  // Errors come as { error: { code, message } } with a 4xx status.
  if (!res.ok) throw new Error(`${res.status} ${answer.error.code}: ${answer.error.message}`)
  return answer
}

// One report: its figures, and the report's own arithmetic (勾稽关系).
const report = await call('/v1/convert', await example('pingtan-2024-article.html'), 'text/html')
const failed = report.checks.filter((c) => c.status === 'fail')
console.log(`${report.report.organ} ${report.report.year}: ${report.applications.rows.newlyReceived.total} new applications, ${report.checks.length} checks, ${failed.length} failed`)

// A batch: each document answered in order, by its report or its error.
const documents = [
  { id: 'nansha-2020', content: await example('nansha-2020-mirror.txt') },
  { id: 'pingtan-2024', content: await example('pingtan-2024-article.html'), contentType: 'text/html' },
  { id: 'not-a-report', content: '这不是一份年度报告。' },
]
const batch = await call('/v1/convert/batch', JSON.stringify({ documents }), 'application/json')
for (const item of batch.results) {
  console.log(item.ok ? `${item.id}: ${item.report.report.organ} ${item.report.report.year}` : `${item.id}: ${item.error.code}`)
}
console.log(`batch: ${batch.summary.converted} converted, ${batch.summary.failed} failed, ${batch.crossYear.length} cross-year checks`)
