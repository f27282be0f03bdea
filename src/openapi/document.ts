import { REPORT_MEDIA_TYPES } from '../input/media-types.ts'
import { DEFAULT_LIMITS } from '../limits/options.ts'
import { MAX_BATCH_DOCUMENTS } from '../schema/batch.ts'
import { componentSchemas } from './components.ts'

/**
 * GET /openapi.json: the API described in OpenAPI 3.1, its schemas generated from the same zod schemas that
 * validate every response (src/schema). Paths, parameters and status codes are written here, once, beside
 * the routes they describe (src/routes).
 */
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` })
const json = (id: string) => ({ 'application/json': { schema: ref(id) } })
const error = (description: string) => ({ description, content: json('Error') })
const mib = (bytes: number) => `${+(bytes / 2 ** 20).toFixed(2)} MiB`
const CSV = { 'text/csv': { schema: { type: 'string' }, example: '\uFEFFreport.title,report.organ,…\r\n…' } }

const formatParameter = {
  name: 'format',
  in: 'query',
  required: false,
  description: 'json (default) or csv: a header line of JSON paths and one line per report, UTF-8 with a byte-order mark.',
  schema: { type: 'string', enum: ['json', 'csv'], default: 'json' },
}

const provenanceParameter = {
  name: 'provenance',
  in: 'query',
  required: false,
  description: 'true (default) or false: false leaves out the report\'s `provenance` (where each number was read), for a smaller answer. Not worked out for format=csv.',
  schema: { type: 'string', enum: ['true', 'false'], default: 'true' },
}

/** API keys are optional (the `API_KEYS` secret): `{}` says a request without them is fine when none are set. */
const optionalKey = [{ bearerAuth: [] }, {}]

const text = { schema: { type: 'string' } }
const binary = { schema: { type: 'string', contentMediaType: 'application/octet-stream' } }

const convert = {
  post: {
    operationId: 'convert',
    summary: 'Convert one report',
    description: 'One 政府信息公开工作年度报告 — HTML, text, PDF or .docx, Simplified or Traditional → validated JSON (or CSV). The charset of a byte body comes from the Content-Type header, else the page\'s <meta>, else UTF-8. A PDF or .docx is recognised by its bytes, whatever its declared type.',
    parameters: [formatParameter, provenanceParameter],
    security: optionalKey,
    requestBody: {
      required: true,
      content: {
        ...Object.fromEntries(Object.entries(REPORT_MEDIA_TYPES).map(([type, readAs]) => [type, readAs === 'bytes' ? binary : text])),
        'application/json': { schema: ref('ConvertRequest') },
        'multipart/form-data': {
          schema: { type: 'object', properties: { content: { type: 'string' }, file: { type: 'string', contentMediaType: 'application/octet-stream' } } },
        },
        'application/x-www-form-urlencoded': { schema: { type: 'object', properties: { content: { type: 'string' } }, required: ['content'] } },
      },
    },
    responses: {
      200: { description: 'The report as JSON (SPEC §3), or as CSV with format=csv.', content: { ...json('ConvertedReport'), ...CSV } },
      400: error('empty_body, invalid_json, missing_content, undecodable, or invalid_format (a format= or provenance= that is not offered).'),
      401: error('unauthorized: API keys are configured and none valid was sent.'),
      413: error(`payload_too_large: the body is over MAX_BODY_BYTES (${mib(DEFAULT_LIMITS.maxBytes)} by default); too_many_pages: a PDF over MAX_PDF_PAGES (${DEFAULT_LIMITS.maxPdfPages} by default).`),
      415: error('unsupported_media_type: a Content-Type that is not one of the eight above, or a Word 97–2003 .doc.'),
      422: error('not_a_report, unsupported_format (a pre-2019 report; the year is in error.year), no_text_layer (a PDF of scanned images), or encrypted_document (a PDF or .docx locked by a password).'),
    },
  },
}

const batch = {
  post: {
    operationId: 'convertBatch',
    summary: `Convert up to ${MAX_BATCH_DOCUMENTS} reports`,
    description: 'Each document is answered in order by its report or its error; one organ\'s reports for consecutive years are checked against each other (crossYear: 结转下年度 of year Y = 上年结转 of year Y+1).',
    parameters: [formatParameter, provenanceParameter],
    security: optionalKey,
    requestBody: { required: true, content: json('BatchRequest') },
    responses: {
      200: { description: 'One answer per document, in order, and the cross-year checks; with format=csv one line per document.', content: { ...json('BatchResponse'), ...CSV } },
      400: error('empty_body, invalid_json, invalid_batch (no "documents" array, or an empty one), or invalid_format (a format= or provenance= that is not offered).'),
      401: error('unauthorized.'),
      413: error(`payload_too_large (over MAX_BATCH_BODY_BYTES, ${mib(DEFAULT_LIMITS.maxBatchBytes)} by default), or too_many_documents (over ${MAX_BATCH_DOCUMENTS}).`),
      415: error('unsupported_media_type: a batch is application/json.'),
    },
  },
}

const get = (operationId: string, summary: string, content: Record<string, unknown>) => ({
  get: { operationId, summary, responses: { 200: { description: summary, content } } },
})

let cached: Record<string, unknown> | undefined

export function openApiDocument(): Record<string, unknown> {
  cached ??= {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'xxgk-json',
      version: '1',
      summary: '政府信息公开工作年度报告 → validated JSON',
      description: 'Turns a Chinese government information-disclosure annual report, HTML or text, into JSON with the report\'s own arithmetic checked.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    paths: {
      '/v1/convert': convert,
      '/v1/convert/batch': batch,
      '/v1/schema': get('schema', 'The JSON Schema (2020-12) of a converted report', { 'application/json': { schema: { type: 'object' } } }),
      '/openapi.json': get('openapi', 'This document', { 'application/json': { schema: { type: 'object' } } }),
      '/healthz': get('health', 'Liveness', {
        'application/json': { schema: { type: 'object', properties: { status: { const: 'ok' } }, required: ['status'] } },
      }),
    },
    components: {
      schemas: componentSchemas(),
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'One of the keys in the API_KEYS secret, when it is set.' } },
    },
  }
  return cached
}
