import { exports } from 'cloudflare:workers'

/** The Worker under test, as workerd runs it from wrangler.toml (bindings and vars included). */
const worker = (exports as unknown as { default: Fetcher }).default

export function post(path: string, body: BodyInit | null, contentType?: string, headers: Record<string, string> = {}) {
  return worker.fetch(`http://xxgk.test${path}`, {
    method: 'POST',
    body,
    headers: { ...(contentType ? { 'content-type': contentType } : {}), ...headers },
  })
}

export function get(path: string, headers: Record<string, string> = {}) {
  return worker.fetch(`http://xxgk.test${path}`, { headers })
}
