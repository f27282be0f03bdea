import type { Block, Doc, LCell, LTable } from './doc.ts'
import { esc } from './html-official.ts'
import type { Random } from './random.ts'

/**
 * A report pasted from Microsoft Word into a CMS (SPEC §2): `MsoNormal` paragraphs with long `mso-`
 * styles, every run in its own `<span>` (digits in `lang=EN-US` runs), `<o:p>`, conditional comments,
 * one value split over two runs, a header with one character per `<p>`, and Word's trailing row of
 * zero-width cells.
 */

const RUN_STYLE = [
  `style='font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:"Times New Roman";mso-bidi-font-family:"Times New Roman";color:black;mso-font-kerning:0pt'`,
  `style='font-size:10.5pt;font-family:宋体;mso-ascii-font-family:"Times New Roman";mso-bidi-font-family:宋体;mso-font-kerning:0pt'`,
  `lang=EN-US style='font-size:10.0pt;font-family:"Times New Roman",serif;mso-fareast-font-family:宋体'`,
]

/** A text cut into 1–3 runs at random points, each in its own span (a figure may be cut in two). */
function runs(r: Random, text: string): string {
  const cuts = new Set<number>()
  for (let n = r.int(0, 2); n > 0 && text.length > 1; n--) cuts.add(r.int(1, text.length - 1))
  const points = [0, ...[...cuts].sort((a, b) => a - b), text.length]
  const out: string[] = []
  for (let k = 0; k + 1 < points.length; k++) {
    const piece = esc(text.slice(points[k], points[k + 1]))
    out.push(r.bool(0.15) ? `<font face="仿宋">${piece}</font>` : `<span ${r.pick(RUN_STYLE)}>${piece}</span>`)
  }
  return out.join('')
}

function para(r: Random, inner: string, center = false): string {
  const align = center ? ` align=center style='text-align:center;mso-pagination:widow-orphan'` : ` style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;mso-line-height-rule:exactly'`
  return `<p class=MsoNormal${align}>${inner}<span lang=EN-US><o:p></o:p></span></p>`
}

function cell(r: Random, c: LCell): string {
  const attrs = `${c.colspan ? ` colspan=${c.colspan}` : ''}${c.rowspan ? ` rowspan=${c.rowspan}` : ''}`
  const style = ` width=${r.int(40, 200)} valign=top style='width:${r.int(30, 150)}.0pt;border:solid windowtext 1.0pt;border-top:none;mso-border-top-alt:solid windowtext .5pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'`
  let inner: string
  if (c.text === '') inner = `<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US><o:p>&nbsp;</o:p></span></p>`
  else if (!c.value && c.text.length <= 6 && !c.text.includes('\n') && r.bool(0.3)) {
    // A narrow header cell: Word wraps it one character per paragraph.
    inner = [...c.text].map((ch) => para(r, runs(r, ch), true)).join('\n')
  } else inner = c.text.split('\n').map((line) => para(r, runs(r, line), true)).join('\n')
  return `<td${attrs}${style}>\n${inner}\n</td>`
}

function table(r: Random, t: LTable): string {
  const rows = t.rows.map((row, y) => `<tr style='mso-yfti-irow:${y};height:${r.int(15, 30)}.0pt'>\n${row.cells.map((c) => cell(r, c)).join('\n')}\n</tr>`)
  const misaligned = `<![if !supportMisalignedColumns]>\n<tr height=0>${'<td width=0 style=\'border:none\'></td>'.repeat(r.int(3, 10))}</tr>\n<![endif]>`
  return `<div align=center>\n<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n${rows.join('\n')}\n${r.bool() ? misaligned : ''}\n</table>\n</div>`
}

function block(r: Random, b: Block): string {
  switch (b.kind) {
    case 'title': {
      // A title over two lines: a centred paragraph each.
      if (b.text.includes('\n')) return b.text.split('\n').map((line) => `<p class=MsoNormal align=center style='text-align:center'><b>${runs(r, line)}</b><o:p></o:p></p>`).join('\n')
      // The year in its own EN-US run, as Word writes digits.
      const m = /^(\D*)(\d{4})(.*)$/.exec(b.text)
      const inner = m ? `${runs(r, m[1] ?? '')}<span lang=EN-US style='font-size:22.0pt'>${m[2]}</span>${runs(r, m[3] ?? '')}` : runs(r, b.text)
      return `<p class=MsoNormal align=center style='text-align:center'><b>${inner}</b><o:p></o:p></p>`
    }
    case 'heading':
      return r.bool(0.5)
        ? `<p class=MsoListParagraph style='margin-left:32.0pt;text-indent:-32.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>${esc(b.text.slice(0, 2))}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]><b>${runs(r, b.text.slice(2))}</b><o:p></o:p></p>`
        : para(r, `<b>${runs(r, b.text)}</b>`)
    case 'date':
      return para(r, runs(r, b.text), true)
    case 'para':
      return para(r, runs(r, b.text))
    case 'spam':
      return `<p class=MsoNormal>${b.pieces.map(esc).join('|')}</p>`
    case 'table':
      return table(r, b.table)
  }
}

export function wordHtml(r: Random, doc: Doc): string {
  const head = `<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]--><style><!-- p.MsoNormal{mso-style-parent:"";margin:0cm;font-size:10.5pt;} @page WordSection1{size:595.3pt 841.9pt;} --></style>`
  const title = doc.headTitle === undefined ? '' : `<title>${esc(doc.headTitle)}</title>`
  return `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta charset="utf-8">${title}${head}</head><body lang=ZH-CN style='tab-interval:21.0pt'><div class=WordSection1 style='layout-grid:15.6pt'>\n${doc.blocks.map((b) => block(r, b)).join('\n')}\n</div></body></html>`
}
