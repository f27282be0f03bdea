import { spawn } from 'node:child_process'

/**
 * `wrangler dev` started by a test and stopped after it: the Worker as `npm start` serves it (static
 * assets, vars), on 127.0.0.1 only. The port is fixed so that runs never race for one; PAGE_TEST_PORT
 * overrides it.
 */
export const DEV_PORT = Number(process.env.PAGE_TEST_PORT ?? 8791)
const READY_TIMEOUT_MS = 90_000
const POLL_MS = 250
const STOP_TIMEOUT_MS = 5_000

export interface DevServer {
  origin: string
  stop(): Promise<void>
}

const root = new URL('../../', import.meta.url).pathname

async function answers(origin: string): Promise<boolean> {
  try {
    return (await fetch(`${origin}/healthz`)).ok
  } catch {
    return false
  }
}

export async function startWranglerDev(port = DEV_PORT): Promise<DevServer> {
  const origin = `http://127.0.0.1:${port}`
  if (await answers(origin)) throw new Error(`${origin} already answers: stop the server on port ${port} first, or set PAGE_TEST_PORT`)
  const child = spawn(
    process.execPath,
    [`${root}node_modules/wrangler/bin/wrangler.js`, 'dev', '--ip', '127.0.0.1', '--port', String(port), '--log-level', 'warn'],
    // detached: its own process group, so that stop() ends workerd with it.
    { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' } },
  )
  let output = ''
  child.stdout.on('data', (d: Buffer) => (output += d.toString()))
  child.stderr.on('data', (d: Buffer) => (output += d.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))

  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return
    process.kill(-child.pid, 'SIGTERM')
    const timer = new Promise((resolve) => setTimeout(resolve, STOP_TIMEOUT_MS, 'timeout'))
    if ((await Promise.race([exited, timer])) === 'timeout') process.kill(-child.pid, 'SIGKILL')
  }

  const deadline = Date.now() + READY_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited (${child.exitCode}):\n${output}`)
    if (await answers(origin)) return { origin, stop }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
  await stop()
  throw new Error(`wrangler dev did not answer on ${origin} within ${READY_TIMEOUT_MS} ms:\n${output}`)
}
