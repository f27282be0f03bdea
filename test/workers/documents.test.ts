import { describe, expect, it } from 'vitest'
import { compareWithOracle, inventedNumbers, type Expected } from '../support/oracle.ts'
import { post } from '../support/worker.ts'

/**
 * PDF and Word through the Worker as workerd runs it: the real PDFs of ../shared/corpus/pdf (imported through
 * Vite as data URLs, never copied into the repository; skipped with a message where that folder is absent),
 * posted as application/pdf, as a multipart file and in a batch as base64.
 */
const pdfs = import.meta.glob<string>('../../../shared/corpus/pdf/*.pdf', { query: '?inline', import: 'default', eager: true })
const oracles = import.meta.glob<Expected>('../../../shared/corpus/pdf/*.expected.json', { import: 'default', eager: true })

function bytesOf(dataUrl: string): Uint8Array<ArrayBuffer> {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1))
  const out = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
  return out
}

const cases = Object.entries(pdfs).map(([path, url]) => ({
  name: path.replace(/^.*\//, '').replace(/\.pdf$/, ''),
  bytes: bytesOf(url),
  expected: oracles[path.replace(/\.pdf$/, '.expected.json')] as Expected,
}))
if (cases.length === 0) console.log('skipped: no real PDFs in ../shared/corpus/pdf')

describe.skipIf(cases.length === 0).each(cases)('$name.pdf through the Worker', ({ bytes, expected }) => {
  it('answers 200 as application/pdf, invents no number, and agrees with the library', async () => {
    const res = await post('/v1/convert', bytes, 'application/pdf')
    expect(res.status).toBe(200)
    const report = (await res.json()) as { source: { inputType: string } }
    expect(report.source.inputType).toBe('pdf')
    expect(inventedNumbers(expected, report)).toEqual([])
    expect(compareWithOracle(expected, report).filter((d) => !d.includes('prohibitedByLaw'))).toEqual([])
  })

  it('reads the same bytes as a multipart file, whatever its declared name and type', async () => {
    const form = new FormData()
    form.append('file', new File([bytes], 'report.txt', { type: 'text/plain' }))
    const res = await post('/v1/convert', form)
    expect(res.status).toBe(200)
    expect(((await res.json()) as { source: { inputType: string } }).source.inputType).toBe('pdf')
  })
})

describe.skipIf(cases.length === 0)('a batch of PDFs as base64', () => {
  it('answers each in order, and a bad base64 document alone', async () => {
    const base64 = (b: Uint8Array) => {
      let s = ''
      for (const byte of b) s += String.fromCharCode(byte)
      return btoa(s)
    }
    const documents = [
      ...cases.map((c) => ({ id: c.name, content: base64(c.bytes), contentType: 'application/pdf' })),
      { id: 'bad', content: '%%% not base64', contentType: 'application/pdf' },
    ]
    const res = await post('/v1/convert/batch', JSON.stringify({ documents }), 'application/json')
    expect(res.status).toBe(200)
    const body = (await res.json()) as { results: { id: string; ok: boolean; error?: { code: string } }[] }
    expect(body.results.map((r) => r.id)).toEqual(documents.map((d) => d.id))
    expect(body.results.slice(0, -1).every((r) => r.ok)).toBe(true)
    expect(body.results.at(-1)?.error?.code).toBe('undecodable')
  })
})

describe('documents that cannot be read, through the Worker', () => {
  it('a damaged PDF is 400, a Word 97–2003 .doc 415', async () => {
    const damaged = new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF')
    expect((await post('/v1/convert', damaged, 'application/pdf')).status).toBe(400)
    const doc = new Uint8Array(2048)
    doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    const res = await post('/v1/convert', doc, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    expect(res.status).toBe(415)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unsupported_media_type')
  })
})
