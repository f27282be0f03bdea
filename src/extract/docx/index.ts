import type { Limits } from '../../limits/options.ts'
import type { Grid } from '../grid.ts'
import { readDocumentXml } from './read-xml.ts'
import { documentXml } from './unzip.ts'

/** A .docx → the grid every input becomes, and how many characters its text holds. */
export function extractDocxGrid(bytes: Uint8Array, limits: Pick<Limits, 'maxCells' | 'maxDepth'>): { grid: Grid; characters: number } {
  const grid = readDocumentXml(documentXml(bytes), limits)
  const characters = grid.reduce((n, row) => n + row.cells.reduce((m, c) => m + c.text.length, 0), 0)
  return { grid, characters }
}
