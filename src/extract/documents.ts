import type { Extracted } from './extracted.ts'
import type { Limits } from '../limits/options.ts'
import { extractDocxGrid } from './docx/index.ts'
import { extractPdfGrid } from './pdf/index.ts'

/**
 * The readers of binary documents, PDF and Word: one module, loaded on first use (src/load-readers.ts), so
 * that text and HTML requests never load, parse or pay for PDF.js.
 */
export async function extractPdf(bytes: Uint8Array, limits: Limits): Promise<Extracted> {
  const { grid, characters, warnings } = await extractPdfGrid(bytes, limits)
  return { grid, inputType: 'pdf', encoding: 'unicode', characters, annotationsRemoved: 0, warnings }
}

export function extractDocx(bytes: Uint8Array, limits: Limits): Extracted {
  const { grid, characters } = extractDocxGrid(bytes, limits)
  return { grid, inputType: 'docx', encoding: 'utf-8', characters, annotationsRemoved: 0, warnings: [] }
}
