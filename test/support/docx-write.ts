import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'
import type { Doc, LTable } from './generator/doc.ts'

/**
 * A generated report as a Word file, written by the `docx` library as an office would save it: headings and
 * paragraphs, and the three tables with their merged cells (`columnSpan` → `w:gridSpan`, `rowSpan` →
 * `w:vMerge`). A cell's line breaks are paragraphs of their own, as Word keeps them.
 */
function paragraphs(text: string): Paragraph[] {
  return text.split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] }))
}

function table(t: LTable): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: t.rows.map(
      (row) =>
        new TableRow({
          children: row.cells.map(
            (c) =>
              new TableCell({
                children: paragraphs(c.text),
                ...(c.colspan && c.colspan > 1 ? { columnSpan: c.colspan } : {}),
                ...(c.rowspan && c.rowspan > 1 ? { rowSpan: c.rowspan } : {}),
              }),
          ),
        }),
    ),
  })
}

export async function writeDocx(doc: Doc): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = []
  for (const block of doc.blocks) {
    if (block.kind === 'table') {
      children.push(table(block.table))
      children.push(new Paragraph({ children: [] }))
    } else if (block.kind === 'spam') children.push(new Paragraph({ children: [new TextRun(block.pieces.join('|'))] }))
    else children.push(...paragraphs(block.text))
  }
  const file = new Document({ sections: [{ children }] })
  return new Uint8Array(await Packer.toArrayBuffer(file))
}
