import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { get } from '../support/worker.ts'

/** The page's files as the asset store holds them (wrangler.toml [assets]); the Worker serves them at /page/*. */
const assets = (env as unknown as { ASSETS: Fetcher }).ASSETS
const asset = (path: string) => assets.fetch(`http://xxgk.test${path}`)

/** GET / and its files, inside workerd. What the page does in a browser is test/node/page.test.ts. */
describe('GET / (the page)', () => {
  it('is HTML with a Content-Security-Policy that allows only its own script and style', async () => {
    const res = await get('/')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("style-src 'self'")
    expect(csp).toContain("connect-src 'self'")
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/)
    const html = await res.text()
    expect(html).toContain('<script type="module" src="/page/main.js"></script>')
    expect(html).toContain('<link rel="stylesheet" href="/page/page.css">')
    // No inline script or style: every <script> has a src, and there is no <style> or style="".
    expect(html.match(/<script\b[^>]*>/g)?.every((tag) => /\ssrc="\/page\//.test(tag))).toBe(true)
    expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i)
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//)
  })

  it('serves its files through the Worker, with the security headers and a request id, and nothing else of public/', async () => {
    const js = await get('/page/main.js')
    expect(js.status).toBe(200)
    expect(js.headers.get('content-type')).toMatch(/javascript/)
    expect(js.headers.get('x-content-type-options')).toBe('nosniff')
    expect(js.headers.get('x-request-id')).toMatch(/.{8,}/)
    expect(await js.text()).toContain("from './convert-request.js'")
    expect((await get('/page/no-such-file.js')).status).toBe(404)
    expect((await get('/tsconfig.json')).status).toBe(404)
  })

  it('has its script, modules and style sheet among the Worker\'s own assets', async () => {
    const js = await asset('/page/main.js')
    expect(js.status).toBe(200)
    expect(js.headers.get('content-type')).toMatch(/javascript/)
    expect(await js.text()).toContain("from './convert-request.js'")
    for (const module of ['dom.js', 'convert-request.js', 'render-tables.js', 'check-marks.js', 'csv-download.js']) {
      expect((await asset(`/page/${module}`)).status, module).toBe(200)
    }
    const css = await asset('/page/page.css')
    expect(css.status).toBe(200)
    expect(css.headers.get('content-type')).toMatch(/^text\/css/)
  })

  it('does not serve the page folder\'s type-check config', async () => {
    expect((await asset('/tsconfig.json')).status).toBe(404)
  })
})
