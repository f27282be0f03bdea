/**
 * GET /docs: the OpenAPI document as a page, rendered here from the document itself, with no script and
 * nothing loaded from elsewhere (a viewer such as Swagger UI would add over a megabyte to a Worker whose
 * budget is 400 KiB). Every operation with its parameters, bodies and answers, then every schema.
 */
type Json = Record<string, unknown>

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
/** A value of the OpenAPI document as text: an object as its JSON, never "[object Object]". */
const textOf = (value: unknown) => (typeof value === 'object' && value !== null ? JSON.stringify(value) : String((value ?? '') as string | number | boolean))
const esc = (value: unknown) => textOf(value).replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch)

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
code,pre{font:13px/1.4 ui-monospace,monospace}pre{background:#f5f5f5;padding:.75rem;overflow:auto;max-height:30rem}
.op{border:1px solid #ddd;border-radius:6px;padding:.5rem 1rem;margin:1rem 0}.m{font-weight:700;text-transform:uppercase;margin-right:.5rem}
table{border-collapse:collapse}td,th{border-bottom:1px solid #eee;padding:.25rem .75rem .25rem 0;text-align:left;vertical-align:top}`

const schemaName = (schema: unknown) => {
  const r = (schema as Json | undefined)?.$ref
  return typeof r === 'string' ? `<a href="#schema-${esc(r.split('/').pop())}">${esc(r.split('/').pop())}</a>` : '<code>' + esc(JSON.stringify(schema)) + '</code>'
}

function contentList(content: Json | undefined): string {
  if (!content) return ''
  return Object.entries(content)
    .map(([type, media]) => `<li><code>${esc(type)}</code>: ${schemaName((media as Json).schema)}</li>`)
    .join('')
}

function operation(path: string, method: string, op: Json): string {
  const params = ((op.parameters as Json[] | undefined) ?? [])
    .map((p) => `<tr><td><code>${esc(p.name)}</code> (${esc(p.in)})</td><td>${esc(p.description)}</td></tr>`)
    .join('')
  const body = (op.requestBody as Json | undefined)?.content as Json | undefined
  const responses = Object.entries((op.responses as Json) ?? {})
    .map(([status, r]) => `<tr><td>${esc(status)}</td><td>${esc((r as Json).description)}<ul>${contentList((r as Json).content as Json)}</ul></td></tr>`)
    .join('')
  return `<section class="op" id="${esc(op.operationId)}"><h3><span class="m">${esc(method)}</span><code>${esc(path)}</code> — ${esc(op.summary)}</h3>
${op.description ? `<p>${esc(op.description)}</p>` : ''}
${op.security ? '<p>Needs <code>Authorization: Bearer &lt;key&gt;</code> when API keys are configured.</p>' : ''}
${params ? `<h4>Parameters</h4><table>${params}</table>` : ''}
${body ? `<h4>Request body</h4><ul>${contentList(body)}</ul>` : ''}
<h4>Responses</h4><table>${responses}</table></section>`
}

export function renderDocsPage(doc: Json): string {
  const info = doc.info as Json
  const ops = Object.entries(doc.paths as Json).flatMap(([path, item]) =>
    Object.entries(item as Json).map(([method, op]) => operation(path, method, op as Json)),
  )
  const schemas = Object.entries(((doc.components as Json).schemas as Json) ?? {}).map(
    ([id, schema]) => `<details id="schema-${esc(id)}"><summary><code>${esc(id)}</code></summary><pre>${esc(JSON.stringify(schema, null, 2))}</pre></details>`,
  )
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(info.title)} API</title><style>${STYLE}</style></head><body>
<h1>${esc(info.title)} API</h1><p>${esc(info.description)}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI ${esc(doc.openapi)}).</p>
<h2>Operations</h2>${ops.join('\n')}
<h2>Schemas</h2>${schemas.join('\n')}
</body></html>`
}
