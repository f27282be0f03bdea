import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/**
 * poppler's pdftotext, standing in for what PDF viewers copy: `-layout` (columns kept by spaces), `-raw`
 * (content-stream order) and the default (reading order). Form feeds between pages are kept as they come.
 */

export const PDFTOTEXT = '/usr/bin/pdftotext'
export const hasPdftotext = existsSync(PDFTOTEXT)

export type PdfOrder = 'layout' | 'raw' | 'default'

export function pdftotext(pdf: Uint8Array, order: PdfOrder): string {
  const flags = order === 'default' ? [] : [`-${order}`]
  // `-` `-`: the PDF on stdin, the text on stdout; UTF-8 whatever the locale.
  return execFileSync(PDFTOTEXT, [...flags, '-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8', maxBuffer: 64 << 20 })
}
