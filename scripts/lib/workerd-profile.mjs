// Where a request's CPU goes in a fresh isolate: a V8 CPU profile taken over workerd's inspector (the Chrome
// DevTools Protocol: Profiler.start, the request, Profiler.stop). Samples tagged (idle) are the isolate waiting.
import { request, startWorkerd, stopWorkerd } from './workerd-cpu.mjs'

const WebSocketClass = globalThis.WebSocket ?? (await import('ws')).WebSocket

async function inspector(port) {
  const targets = /** @type {{ webSocketDebuggerUrl: string }[]} */ (await (await fetch(`http://127.0.0.1:${port}/json`)).json())
  const target = targets[0]
  if (target === undefined) throw new Error('workerd lists no inspector target')
  const ws = new WebSocketClass(target.webSocketDebuggerUrl)
  await new Promise((resolve, reject) => {
    ws.addEventListener('open', resolve)
    ws.addEventListener('error', reject)
  })
  let id = 0
  const pending = new Map()
  ws.addEventListener('message', (event) => {
    const msg = JSON.parse(String(event.data))
    pending.get(msg.id)?.(msg.result)
    pending.delete(msg.id)
  })
  const send = (method, params = {}) =>
    new Promise((resolve) => {
      pending.set(++id, resolve)
      ws.send(JSON.stringify({ id, method, params }))
    })
  return { send, close: () => ws.close() }
}

/** Self time per function (name and line), the non-idle total, and the share of garbage collection. */
export function summarise(profile, top = 12) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map()
  let busy = 0
  profile.samples.forEach((sample, i) => {
    const { functionName, url, lineNumber } = nodes.get(sample).callFrame
    if (functionName === '(idle)') return
    const name = functionName.startsWith('(') ? functionName : `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`
    const t = (profile.timeDeltas[i] ?? 0) / 1000
    self.set(name, (self.get(name) ?? 0) + t)
    busy += t
  })
  const functions = [...self].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, t]) => ({ name, ms: +t.toFixed(2) }))
  return { busyMs: +busy.toFixed(2), samples: profile.samples.length, functions }
}

/** Profiles, in a fresh workerd, `requests` in order (null: the health check); one profile each. */
export async function profileRequests({ workerd, config, port, inspectorPort, requests, intervalUs = 100 }) {
  const { child } = await startWorkerd(workerd, config, port, [`--inspector-addr=127.0.0.1:${inspectorPort}`])
  try {
    const devtools = await inspector(inspectorPort)
    await devtools.send('Profiler.enable')
    await devtools.send('Profiler.setSamplingInterval', { interval: intervalUs })
    const out = []
    for (const body of requests) {
      await devtools.send('Profiler.start')
      await request(port, body)
      const { profile } = await devtools.send('Profiler.stop')
      out.push({ request: body?.name ?? '/healthz', ...summarise(profile) })
    }
    devtools.close()
    return out
  } finally {
    await stopWorkerd(child)
  }
}
