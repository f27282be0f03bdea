/**
 * Spam blocks that mirror sites append or prepend: keyword links joined by `|`
 * (`亚洲精品视频在线观看免费| 欧美亚洲国产SUV| …`). Never report content.
 */

/** A line or block with at least this many `|`-joined pieces is a keyword list, not prose or a table row. */
const MIN_SPAM_PIECES = 6
/** Keyword pieces are short; a Markdown table row has cells that are short too, but it starts with `|`. */
const MAX_PIECE_LENGTH = 40

export function isNoise(text: string): boolean {
  // Asked of every cell: one without a `|` (nearly all) is told at once, not trimmed and counted.
  if (text.indexOf('|') === -1) return false
  const trimmed = text.trim()
  if (trimmed.startsWith('|')) return false // a Markdown table row
  let pieces = 1
  for (let i = trimmed.indexOf('|'); i !== -1; i = trimmed.indexOf('|', i + 1)) pieces++
  if (pieces < MIN_SPAM_PIECES) return false
  const parts = trimmed.split('|')
  const short = parts.filter((p) => p.trim().length > 0 && p.trim().length <= MAX_PIECE_LENGTH).length
  // Table rows hold numbers; keyword lists hardly any.
  const digits = parts.filter((p) => /^\s*[\d,.+-]+\s*$/.test(p)).length
  return short >= parts.length * 0.8 && digits <= parts.length * 0.2
}
