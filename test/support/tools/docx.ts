import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from 'docx'
import type { Block, Doc, LTable } from '../generator/doc.ts'
import type { Random } from '../generator/random.ts'
import { columnWidths } from './print-html.ts'

/**
 * A generated report as a Word file, the way offices write them: 仿宋/宋体 at 10.5–12pt, tables at the text's
 * full width with merged cells (`gridSpan` for columnSpan, `vMerge` for rowSpan), a label's line breaks as
 * paragraphs of its cell. Written with the `docx` library so the file is what Word itself would open.
 */

/** A4 text width in twips (21 cm less two 2.6 cm margins), as Word's default for Chinese documents. */
const TEXT_WIDTH = 9071

function runs(text: string, size: number, bold = false): Paragraph[] {
  return text.split('\n').map((line) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: line, size, bold, font: '宋体' })] }))
}

function table(t: LTable, size: number, narrow: boolean): Table {
  const widths = columnWidths(t.id, narrow).map((w) => Math.round((w / 100) * TEXT_WIDTH))
  const rows = t.rows.map(
    (row) =>
      new TableRow({
        children: row.cells.map(
          (c) =>
            new TableCell({
              children: runs(c.text, size),
              verticalAlign: VerticalAlign.CENTER,
              ...(c.colspan ? { columnSpan: c.colspan } : {}),
              ...(c.rowspan ? { rowSpan: c.rowspan } : {}),
            }),
        ),
      }),
  )
  return new Table({ rows, columnWidths: widths, width: { size: TEXT_WIDTH, type: WidthType.DXA } })
}

function block(b: Block, size: number, narrow: boolean): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'title':
      return b.text.split('\n').map((line) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: line, size: 36, bold: true, font: '方正小标宋简体' })] }))
    case 'date':
      return [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: b.text, size, font: '仿宋_GB2312' })] })]
    case 'heading':
      return [new Paragraph({ children: [new TextRun({ text: b.text, size, bold: true, font: '黑体' })] })]
    case 'para':
      return [new Paragraph({ indent: { firstLine: size * 20 }, children: [new TextRun({ text: b.text, size, font: '仿宋_GB2312' })] })]
    case 'spam':
      return [new Paragraph({ children: [new TextRun({ text: b.pieces.join(' | '), size })] })]
    case 'table':
      return [table(b.table, size, narrow), new Paragraph('')]
  }
}

/** The .docx bytes of a report; `narrow` as in print-html.ts (value columns too narrow for long figures). */
export async function reportDocx(r: Random, doc: Doc, narrow = r.bool(1 / 6)): Promise<Uint8Array> {
  // Half-points: 10.5pt, 11pt, 12pt.
  const size = r.pick([21, 22, 24])
  const children = doc.blocks.flatMap((b) => block(b, size, narrow))
  const document = new Document({ sections: [{ children }] })
  return new Uint8Array(await Packer.toBuffer(document))
}
