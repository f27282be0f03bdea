import fc from 'fast-check'
import { BatchResponse } from '../../../src/schema/batch.ts'
import { mutatedReport, type Body, type Seed } from './arbitraries.ts'
import { brokenInvariants, header, headerProblems, type Answer } from './invariants.ts'

/**
 * The request forms beside a plain body, as fast-check generators: batches (well-formed or not, documents
 * good and bad), multipart forms (boundaries, parts and file names as senders get them wrong) and API keys
 * (every way to present a key, and not). Each comes with what must hold of its answer.
 */

const encoder = new TextEncoder()
const decoder = new TextDecoder()

export interface BatchBody extends Body {
  /** The documents' contents as sent (for the numbers each answer may hold), by id. */
  contents: Map<string, string>
}

/** What a document of a batch can be: a mutated report, prose, nothing, the wrong type. */
function document(seeds: readonly Seed[]) {
  const content = fc.oneof(
    { weight: 6, arbitrary: mutatedReport(seeds).map((b) => decoder.decode(b.bytes)) },
    { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
    { weight: 1, arbitrary: fc.constantFrom('', '   ', '这不是报告。', '9'.repeat(400)) },
    { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.object({ maxDepth: 2 })) },
  )
  return fc.record(
    {
      id: fc.oneof(fc.string({ maxLength: 40 }), fc.integer(), fc.constant(null), fc.object({ maxDepth: 1 })),
      content,
      contentType: fc.constantFrom('text/html', 'text/plain', 'text/html; charset=gbk', 'application/pdf', '', 42),
    },
    { requiredKeys: ['content'] },
  )
}

/** A batch body: `{documents: […]}` mostly, and the shapes that are not one (an array, a string, deep nesting, cut JSON). */
export function batchBody(seeds: readonly Seed[]): fc.Arbitrary<BatchBody> {
  const documents = fc.array(document(seeds), { maxLength: 6 })
  return fc
    .record({
      documents,
      wrapper: fc.constantFrom('object', 'object', 'object', 'array', 'extra-keys', 'cut', 'nested', 'string'),
      contentType: fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', ''),
      cut: fc.nat(),
    })
    .map(({ documents: docs, wrapper, contentType, cut }) => {
      const json = JSON.stringify({ documents: docs })
      let text: string
      if (wrapper === 'array') text = JSON.stringify(docs)
      else if (wrapper === 'extra-keys') text = JSON.stringify({ documents: docs, format: 'csv', __proto__x: 1, documentsCount: 1e308 })
      else if (wrapper === 'cut') text = json.slice(0, json.length === 0 ? 0 : cut % json.length)
      else if (wrapper === 'nested') text = `{"documents":${'['.repeat(5000)}${']'.repeat(5000)}}`
      else if (wrapper === 'string') text = JSON.stringify(json)
      else text = json
      const contents = new Map<string, string>()
      docs.forEach((d, i) => {
        const id = typeof d.id === 'string' || typeof d.id === 'number' ? String(d.id) : String(i)
        if (typeof d.content === 'string') contents.set(id, `${contents.get(id) ?? ''}\n${d.content}`)
      })
      return { bytes: encoder.encode(text), contentType, contents, shape: `batch (${wrapper}, ${docs.length} documents)` }
    })
}

/** What must hold for a batch's answer: the invariants of every answer; on 200, the batch schema, and each report's numbers its own document's. */
export function brokenBatchInvariants(answer: Answer, body: BatchBody): string[] {
  if (answer.status !== 200) return brokenInvariants(answer, body)
  const broken = headerProblems(answer)
  let json: unknown
  try {
    json = JSON.parse(answer.text)
  } catch {
    return ['body is not JSON']
  }
  const parsed = BatchResponse.safeParse(json)
  if (!parsed.success) return [...broken, `200 body is not a batch answer: ${parsed.error.issues.map((i) => i.path.join('.')).slice(0, 5).join(', ')}`]
  for (const item of parsed.data.results) {
    if (!item.ok) {
      if (item.error.code === 'internal') broken.push(`document ${item.id}: internal error`)
      continue
    }
    // Each document's report, checked as a single answer against that document's own text.
    const own = { bytes: encoder.encode(body.contents.get(item.id) ?? ''), contentType: 'text/plain' }
    for (const b of brokenInvariants({ status: 200, headers: null, text: JSON.stringify(item.report) }, own, { http: false })) broken.push(`document ${item.id}: ${b}`)
  }
  return broken
}

/** Multipart forms as senders build them: right, with the wrong boundary, parts in any order, LF line ends, no end. */
export function multipartBody(seeds: readonly Seed[]): fc.Arbitrary<Body> {
  return fc
    .record({
      report: mutatedReport(seeds),
      boundary: fc.oneof(fc.constantFrom('xxgk', '----WebKitFormBoundary7MA4YWxkTrZu0gW', 'a'.repeat(70), '"quoted"', ''), fc.string({ minLength: 1, maxLength: 20 })),
      headerBoundary: fc.constantFrom('same', 'same', 'other', 'none'),
      field: fc.constantFrom('file', 'file', 'content', 'other', ''),
      filename: fc.constantFrom('report.html', 'report.txt', 'report.pdf', 'report', '', '../../etc/passwd', '报告.htm'),
      partType: fc.constantFrom('text/html', 'text/plain; charset=gbk', 'application/octet-stream', ''),
      eol: fc.constantFrom('\r\n', '\r\n', '\n'),
      ending: fc.constantFrom('close', 'close', 'none', 'extra-part'),
    })
    .map(({ report, boundary, headerBoundary, field, filename, partType, eol, ending }) => {
      const head = [
        `--${boundary}`,
        `Content-Disposition: form-data; name="${field}"${filename ? `; filename="${filename}"` : ''}`,
        ...(partType ? [`Content-Type: ${partType}`] : []),
        '',
        '',
      ].join(eol)
      const tail = ending === 'close' ? `${eol}--${boundary}--${eol}` : ending === 'extra-part' ? `${eol}--${boundary}${eol}Content-Disposition: form-data; name="content"${eol}${eol}x${eol}--${boundary}--${eol}` : ''
      const bytes = new Uint8Array([...encoder.encode(head), ...report.bytes, ...encoder.encode(tail)])
      const declared = headerBoundary === 'none' ? '' : `; boundary=${headerBoundary === 'same' ? boundary : 'something-else'}`
      return { bytes, contentType: `multipart/form-data${declared}`, shape: `multipart (${report.shape}; field ${field || '(none)'}, ${headerBoundary} boundary, ${ending})` }
    })
}

/** The keys a deployment holds in these properties, and every way a request may present one or not. */
export const API_KEYS = ['first-key-0123', 'second-key-4567']

export interface KeyedRequest {
  authorization: string | null
  /** True when the request carries one of the keys as `Bearer <key>`: only then may it pass. */
  valid: boolean
  shape: string
}

export const keyedRequest: fc.Arbitrary<KeyedRequest> = fc
  .record({
    key: fc.oneof(fc.constantFrom(...API_KEYS), fc.string({ maxLength: 40 }), fc.constant('x'.repeat(5000)), fc.constantFrom(`${API_KEYS[0]},${API_KEYS[1]}`, API_KEYS[0]?.slice(0, -1) ?? '', `${API_KEYS[0]}x`, API_KEYS[0]?.toUpperCase() ?? '')),
    scheme: fc.constantFrom('Bearer ', 'bearer ', 'BEARER\t', 'Bearer  ', 'Basic ', 'Token ', '', 'Bearer'),
    after: fc.constantFrom('', '', ' ', '\t', ' extra', '\u00a0'),
    present: fc.boolean(),
  })
  .map(({ key, scheme, after, present }) => {
    if (!present) return { authorization: null, valid: false, shape: 'no Authorization' }
    const authorization = `${scheme}${key}${after}`
    // Headers cannot hold every character: what fetch would refuse is sent as a key that is surely wrong.
    const sendable = /^[\t\x20-\x7e\x80-\xff]*$/.test(authorization) ? authorization : 'Bearer not-a-key'
    // Headers drop the HTTP white space (space, tab) around a value, and nothing else: a no-break space stays.
    const token = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(sendable.replace(/^[ \t]+|[ \t]+$/g, ''))?.[1]
    return { authorization: sendable, valid: token !== undefined && API_KEYS.includes(token), shape: `Authorization "${scheme.trim()}" key of ${key.length}` }
  })

/** 200 exactly for a valid key and 401 otherwise, and neither the key presented nor any key in what is answered. */
export function brokenKeyInvariants(answer: Answer, request: KeyedRequest): string[] {
  const broken: string[] = []
  if (request.valid && answer.status === 401) broken.push('a valid key was refused')
  if (!request.valid && answer.status !== 401) broken.push(`no valid key, answered ${answer.status}`)
  if (answer.status === 401) {
    if (header(answer.headers, 'www-authenticate') !== 'Bearer realm="xxgk-json"') broken.push('401 without WWW-Authenticate')
  }
  for (const key of API_KEYS) if (answer.text.includes(key)) broken.push('the answer holds a key')
  const presented = request.authorization?.replace(/^\S+\s*/, '').trim() ?? ''
  if (presented.length >= 8 && answer.status === 401 && answer.text.includes(presented)) broken.push('the answer quotes the presented key')
  return broken
}
