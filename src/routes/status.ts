import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { ErrorCode } from '../input/errors.ts'

/** What each error code of the core means over HTTP (SPEC §4): only the edge knows statuses. */
export const ERROR_STATUS = {
  empty_body: 400,
  invalid_json: 400,
  missing_content: 400,
  undecodable: 400,
  invalid_batch: 400,
  invalid_format: 400,
  unauthorized: 401,
  not_found: 404,
  payload_too_large: 413,
  too_many_documents: 413,
  too_many_cells: 413,
  line_too_long: 413,
  too_many_pages: 413,
  unsupported_media_type: 415,
  not_a_report: 422,
  unsupported_format: 422,
  too_deeply_nested: 422,
  no_text_layer: 422,
  encrypted_document: 422,
  internal: 500,
} as const satisfies Record<ErrorCode, ContentfulStatusCode>
