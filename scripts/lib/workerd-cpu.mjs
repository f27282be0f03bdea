// CPU time of the Worker in workerd itself, not wall time through a proxy (SPEC §6: a request within the free
// plan's 10 ms, start-up within 1 s). The Worker as `wrangler deploy --dry-run` builds it runs in the workerd
// binary wrangler ships, one process per fresh isolate, from a config written here (no proxy, no inspector).
// CPU is read from Linux's per-thread scheduler accounting (/proc/<pid>/task/<tid>/schedstat, nanoseconds on
// the CPU): the isolate's JavaScript runs on workerd's main thread; V8's helper threads (concurrent compiling and
// collecting) are counted apart. Start-up is the main thread's CPU once the socket accepts, less an empty
// Worker's. The attribution (which functions) is a V8 CPU profile over the inspector, in its own process.
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { dirname, join, relative } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const ms = (x) => +x.toFixed(2)

/** Every `.js` module under `dir`, as workerd module entries (the entry module first). */
function modules(dir, main, from) {
  const walk = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.js') ? [join(d, e.name)] : []))
  const names = walk(dir).map((f) => relative(dir, f))
  return [main, ...names.filter((n) => n !== main)].map((n) => `(name = ${JSON.stringify(n)}, esModule = embed ${JSON.stringify(relative(from, join(dir, n)))})`)
}

/** A workerd config serving `dir`'s `main` module on `port`, with the vars the Worker reads (wrangler.toml). */
export function writeConfig(file, dir, main, port, compatibilityDate, v8Flags = []) {
  writeFileSync(
    file,
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = .w)],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
  v8Flags = ${JSON.stringify(v8Flags)},
);
const w :Workerd.Worker = (
  modules = [${modules(dir, main, dirname(file)).join(', ')}],
  compatibilityDate = "${compatibilityDate}",
  bindings = [(name = "CORS_ORIGINS", text = "*")],
);
`,
  )
}

/** CPU milliseconds of a process's threads: the main one (the isolate's) and the rest (V8's helpers, I/O). */
export function threadCpu(pid) {
  let main = 0
  let helpers = 0
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    const ns = Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0])
    if (tid === String(pid)) main += ns / 1e6
    else helpers += ns / 1e6
  }
  return { main, helpers }
}

const accepts = (port) =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => (socket.destroy(), resolve(true)))
    socket.once('error', () => resolve(false))
  })

/** Starts workerd on `config`; resolves once its socket accepts (the isolate built, its module scope run). */
export async function startWorkerd(workerd, config, port, args = []) {
  const child = spawn(workerd, ['serve', config, ...args], { stdio: ['ignore', 'ignore', 'inherit'] })
  let exited = null
  child.once('exit', (code) => (exited = code))
  for (let i = 0; i < 2400 && exited === null; i++) {
    if (await accepts(port)) return { child, ready: threadCpu(child.pid) }
    await sleep(25)
  }
  child.kill()
  throw new Error(`workerd did not listen on ${port} within 60 s (exit code ${exited})`)
}

export async function stopWorkerd(child) {
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill()
  await exited
}

export async function request(port, body) {
  const init = body ? { method: 'POST', body: body.body, headers: { 'content-type': body.type } } : {}
  const res = await fetch(`http://127.0.0.1:${port}${body ? '/v1/convert' : '/healthz'}`, init)
  await res.arrayBuffer()
  if (!res.ok) throw new Error(`${body?.name ?? '/healthz'}: status ${res.status}`)
}

/** The CPU one request costs the process, read around it (main thread, helpers). */
export async function cpuOf(pid, port, body) {
  const before = threadCpu(pid)
  await request(port, body)
  const after = threadCpu(pid)
  return { main: after.main - before.main, helpers: after.helpers - before.helpers }
}

/**
 * Fresh isolates, `runs` of each: start-up CPU (against an empty Worker's), then for each body the first
 * request of a new isolate, the second, and the median of the next `warm` in it; in the last run also the
 * steady cost after `steady` requests. Empty and full starts alternate.
 */
export async function measureIsolates({ workerd, config, emptyConfig, port, bodies, runs, warm, steady = 0 }) {
  const startup = { full: [], empty: [], helpers: [] }
  const firsts = bodies.map(() => ({ main: [], helpers: [], second: [], warm: [] }))
  const health = []
  for (let r = 0; r < runs; r++) {
    const empty = await startWorkerd(workerd, emptyConfig, port)
    startup.empty.push(empty.ready.main)
    await stopWorkerd(empty.child)
    for (const [b, body] of bodies.entries()) {
      const { child, ready } = await startWorkerd(workerd, config, port)
      startup.full.push(ready.main)
      startup.helpers.push(ready.helpers)
      const first = await cpuOf(child.pid, port, body)
      firsts[b].main.push(first.main)
      firsts[b].helpers.push(first.helpers)
      const next = []
      for (let i = 0; i < warm; i++) next.push((await cpuOf(child.pid, port, body)).main)
      firsts[b].second.push(next[0])
      firsts[b].warm.push(median(next))
      // The last isolate goes on to `steady` requests: the median of the last 100, V8 having tiered the code up.
      if (r === runs - 1 && steady > warm + 101) {
        const tail = []
        for (let i = warm + 1; i < steady; i++) tail.push((await cpuOf(child.pid, port, body)).main)
        firsts[b].steady = median(tail.slice(-100))
      }
      health.push((await cpuOf(child.pid, port, null)).main)
      await stopWorkerd(child)
    }
  }
  return {
    runs,
    startupMs: ms(median(startup.full) - median(startup.empty)),
    startupFullMs: ms(median(startup.full)),
    startupEmptyMs: ms(median(startup.empty)),
    startupHelpersMs: ms(median(startup.helpers)),
    healthMs: ms(median(health)),
    bodies: bodies.map((body, b) => ({
      body: body.name,
      firstMs: ms(median(firsts[b].main)),
      firstMaxMs: ms(Math.max(...firsts[b].main)),
      firstHelpersMs: ms(median(firsts[b].helpers)),
      secondMs: ms(median(firsts[b].second)),
      warmMs: ms(median(firsts[b].warm)),
      steadyMs: firsts[b].steady === undefined ? null : ms(firsts[b].steady),
    })),
  }
}
