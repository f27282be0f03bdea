// @ts-check
/**
 * The converter's warning codes (SPEC §3: a blank or unreadable cell is null with a warning) in the
 * words of the reports' readers. An unknown code is shown by its code and message as they are.
 */
export const WARNING_LABELS = /** @type {Record<string, string>} */ ({
  blank_cell: '报告中空白的单元格（记为 null，不记为 0）',
  unreadable_cell: '无法可靠读取的单元格（留空，不猜测）',
  unreadable_row: '单元格个数与表格式不符的行（整行留空）',
  ambiguous_cells: '数字粘连、有多种读法的行（整行留空）',
  joined_figure: 'PDF 中跨行断开的数字（经报告勾稽关系验证后合并读取）',
  wrapped_cells: '复制文本中折行断开的数字（经报告勾稽关系验证后合并读取）',
  glued_cells: '粘连在一起的数字（按报告勾稽关系唯一的读法拆分）',
  number_too_long: '位数超出上限的数字（记为 null）',
  unreadable_table: '无法可靠读取的表格（整表留空）',
  missing_values: '表头下没有找到数字的行（整行留空）',
  missing_row: '报告中没有找到的行',
  missing_table: '报告中没有找到的表',
  format_year_mismatch: '表格格式与报告年份不一致',
  format_assumed: '表头未表明格式版本，按年份推定',
  replaced_characters: '部分字节不符合所声明的编码，已替换',
  paged_text: '从 PDF 复制的文本丢了表格的行：请直接上传 PDF 文件，可读出每个单元格',
})

/** Table keys → their headings, for warnings that name a whole table. */
const TABLE_LABELS = /** @type {Record<string, string>} */ ({
  activeDisclosure: '二、主动公开政府信息情况',
  applications: '三、收到和处理政府信息公开申请情况',
  reviewLitigation: '四、政府信息公开行政复议、行政诉讼情况',
  'report.formatVersion': '格式版本',
})

/**
 * Where a warning points, in Chinese: a cell by its row and column, a row by its label, a table by its
 * heading; the path itself when none of these fits.
 * @param {string | undefined} path
 * @param {Map<string, string>} cellLabels path of every rendered cell → `row · column`
 */
export function placeOf(path, cellLabels) {
  if (!path) return ''
  const cell = cellLabels.get(path)
  if (cell) return cell
  if (TABLE_LABELS[path]) return TABLE_LABELS[path]
  for (const [cellPath, label] of cellLabels) {
    if (cellPath.startsWith(`${path}.`)) return label.split(' · ')[0] ?? path
  }
  return path
}
