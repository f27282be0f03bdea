import { holdsWords, type Token } from '../tokens/token.ts'

/**
 * In a viewer's reading order, a row read from figures before its label, with words that are no row's label
 * between its last figure and the label: a block's header stands there (table 二's `信息内容` over the next
 * provision's labels), and the figures before it are the block before's — `第二十条第（五）项 本年处理决定数量 0
 * 信息内容 行政处罚 行政强制 第二十条第（六）项 本年处理决定数量 181`: the 0 is 行政许可's (its label set before the
 * (五) heading), 行政处罚's cell is blank (22720). The text does not tie those figures to this row: not read.
 */
export function wordsBetween(tokens: readonly Token[], last: number, from: number): boolean {
  for (let i = last + 1; i < from; i++) if (holdsWords(tokens[i])) return true
  return false
}
