import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Expected } from './oracle.ts'

/**
 * The real PDFs of ../shared/corpus/pdf with their oracles, read from where they are kept (never copied
 * into this repository). Empty where that folder is absent: the tests that use them say so and skip.
 */
export const PDF_CORPUS = new URL('../../../shared/corpus/pdf/', import.meta.url).pathname

export interface PdfCase {
  name: string
  bytes: Uint8Array
  expected: Expected
}

export function pdfCases(): PdfCase[] {
  if (!existsSync(PDF_CORPUS)) return []
  return readdirSync(PDF_CORPUS)
    .filter((f) => f.endsWith('.pdf') && existsSync(join(PDF_CORPUS, f.replace(/\.pdf$/, '.expected.json'))))
    .sort()
    .map((f) => ({
      name: f.replace(/\.pdf$/, ''),
      bytes: new Uint8Array(readFileSync(join(PDF_CORPUS, f))),
      expected: JSON.parse(readFileSync(join(PDF_CORPUS, f.replace(/\.pdf$/, '.expected.json')), 'utf8')) as Expected,
    }))
}
