// One hostile body, measured in a process of its own, which the caller starts with --max-old-space-size and
// --trace-gc: `node child.mjs <worker bundle> <body file> <content type> <path> <runs> <env JSON>`.
// The body is read from a file so that this process holds the Worker and the body and nothing else.
// Prints `converting` when the conversion starts (the caller reads the heap from the GC lines after it), then
// one line `result <JSON>`: the status, the CPU time of each conversion through the Worker's fetch handler
// (and of the first, untimed one: the code still compiling)
// (process.cpuUsage: user + system) and of the bare pass over the same bytes (decode + touch every character).
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

const [bundle, bodyFile, contentType, path, runs = '3', envJson = '{}'] = process.argv.slice(2)
const { app, prime } = await import(pathToFileURL(bundle).href)
const env = JSON.parse(envJson)
const bytes = new Uint8Array(readFileSync(bodyFile))

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const cpuMs = (start) => {
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

const decoder = new TextDecoder()
function barePass(body) {
  const text = decoder.decode(body)
  let sum = 0
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0
  return sum
}
// The floor, warmed (as the conversion is, by priming) and taken as the median of several passes.
for (let i = 0; i < 20; i++) barePass(bytes)
const bare = median(
  Array.from({ length: 21 }, () => {
    const start = process.cpuUsage()
    barePass(bytes)
    return cpuMs(start)
  }),
)

const convert = async () => {
  const res = await app.fetch(new Request(`http://xxgk.bench${path}`, { method: 'POST', body: bytes, headers: { 'content-type': contentType } }), env)
  return { res, text: await res.text() }
}
// As a Worker does at start-up (src/prime.ts); then this body once, untimed, so that the times below are of
// code the engine has compiled (V8 compiles on other threads, which process.cpuUsage counts).
prime()
const firstStart = process.cpuUsage()
await convert()
const firstMs = cpuMs(firstStart)
globalThis.gc?.()
// What the process holds before the conversion: the code, its tables, the body.
const heapBeforeMiB = process.memoryUsage().heapUsed / 2 ** 20
console.log('converting')
const times = []
let status = 0
let code = null
let answerBytes = 0
// A small conversion may run without a collection: the heap in use right after it counts too.
let heapAfterMiB = 0
// Up to `runs` conversions, at least three, and no more once they have taken ~3 s (a 5 MiB batch): the median is
// the body's steady cost, measured as the bare pass is (warm, the median of many).
const budget = process.cpuUsage()
for (let i = 0; i < Number(runs) && (i < 3 || cpuMs(budget) < 3000); i++) {
  const start = process.cpuUsage()
  const { res, text } = await convert()
  times.push(cpuMs(start))
  heapAfterMiB = Math.max(heapAfterMiB, process.memoryUsage().heapUsed / 2 ** 20)
  status = res.status
  answerBytes = text.length
  code = status === 200 ? null : (JSON.parse(text).error?.code ?? null)
}
console.log(`result ${JSON.stringify({ status, code, answerBytes, cpuMs: median(times), firstMs, times, bareMs: bare, heapBeforeMiB, heapAfterMiB })}`)
