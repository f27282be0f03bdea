// One body through the built library (dist/), in a process the test starts with a small heap:
// `node --max-old-space-size=96 heap-child.mjs <body file> <html|text|batch>`. Prints one line of JSON: the
// CPU time of one conversion after an untimed one (process.cpuUsage), of a bare pass over the same bytes
// (decode + touch every character), and the outcome (`converted` or an error code). A batch is read as the batch route reads it (the body's
// text parsed, then each document converted, its answer serialised and dropped, one at a time).
import { readFileSync } from 'node:fs'
import { convertEach, tryConvert } from '../../../dist/index.js'

const [file, kind] = process.argv.slice(2)
const bytes = new Uint8Array(readFileSync(file))

const cpu = (f) => {
  const start = process.cpuUsage()
  const value = f()
  const used = process.cpuUsage(start)
  return { ms: (used.user + used.system) / 1000, value }
}

const decoder = new TextDecoder()
function barePass() {
  const text = decoder.decode(bytes)
  let sum = 0
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0
  return sum
}

function convert() {
  if (kind !== 'batch') {
    const result = tryConvert(bytes, { inputType: kind })
    JSON.stringify(result)
    return result.ok ? 'converted' : result.error.code
  }
  const documents = JSON.parse(decoder.decode(bytes)).documents.map((d, i) => ({ id: String(i), content: d.content, inputType: d.contentType === 'text/html' ? 'html' : 'text' }))
  let worst = 'converted'
  for (const item of convertEach(documents)) {
    JSON.stringify(item)
    if (!item.ok && worst !== 'internal') worst = item.error.code
  }
  return worst
}

for (let i = 0; i < 10; i++) barePass()
const bare = Math.min(...Array.from({ length: 9 }, () => cpu(barePass).ms))
convert()
const { ms, value: outcome } = cpu(convert)
console.log(JSON.stringify({ outcome, cpuMs: ms, bareMs: bare }))
