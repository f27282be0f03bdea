// @ts-check
/**
 * Marks on the rendered tables: the cells of every failed check (SPEC §3.5: a check's `paths` are the
 * cells it involves), and the cells a warning says could not be read. Also how a check is told in words:
 * the rule, and each side of it with its own number.
 */

/** @typedef {import('../../src/schema/report.ts').Check} Check */
/** @typedef {import('../../src/schema/report.ts').Warning} Warning */

/** Warnings about a cell or a row whose cells are null because they could not be read (not left blank). */
const UNREAD_CODES = new Set(['unreadable_cell', 'unreadable_row', 'ambiguous_cells', 'missing_values', 'missing_row'])

/** @param {number | null} value */
const side = (value) => (value === null ? '（空）' : String(value))

/**
 * `一 + 二 = 三(七) + 四 [总计]` with left 218 and right 228 → context 总计, sides `一 + 二 = 218` and
 * `三(七) + 四 = 228`. A rule that is not one equation keeps its words and gets 左边 / 右边.
 * @param {Check} check
 * @returns {{ context: string, sides: [string, string] }}
 */
export function describeCheck(check) {
  let rule = check.rule
  const contexts = []
  const prefix = /^([^=:：]+)[:：]\s*/.exec(rule)
  if (prefix) {
    contexts.push(prefix[1] ?? '')
    rule = rule.slice(prefix[0].length)
  }
  const suffix = /\s*\[([^\]]+)\]\s*$/.exec(rule)
  if (suffix) {
    contexts.push(suffix[1] ?? '')
    rule = rule.slice(0, suffix.index)
  }
  const parts = rule.split(/\s*=\s*/)
  const [lhs, rhs] = parts.length === 2 ? parts : ['左边', '右边']
  return { context: contexts.join(' · '), sides: [`${lhs} = ${side(check.left)}`, `${rhs} = ${side(check.right)}`] }
}

/**
 * The rendered cell of a path, if the tables show it.
 * @param {ParentNode} root
 * @param {string} path
 * @returns {HTMLTableCellElement | null}
 */
export function cellAt(root, path) {
  return root.querySelector(`td[data-path="${CSS.escape(path)}"]`)
}

/**
 * @param {HTMLElement} cell
 * @param {string} attr
 * @param {string} id
 */
function addToken(cell, attr, id) {
  const tokens = (cell.getAttribute(attr) ?? '').split(' ').filter(Boolean)
  if (!tokens.includes(id)) tokens.push(id)
  cell.setAttribute(attr, tokens.join(' '))
}

/**
 * Each failed check's cells get class `fail`, a title naming the rule, and aria-describedby pointing at
 * the check's entry in the list (id `check-N`), so a screen reader says why the cell is marked.
 * @param {ParentNode} root
 * @param {{ check: Check, id: string }[]} failed
 */
export function markFailedChecks(root, failed) {
  for (const { check, id } of failed) {
    for (const path of check.paths) {
      const cell = cellAt(root, path)
      if (!cell) continue
      cell.classList.add('fail')
      cell.tabIndex = -1
      addToken(cell, 'aria-describedby', id)
      addToken(cell, 'data-checks', id)
      const before = cell.getAttribute('title')
      cell.setAttribute('title', `${before ? `${before}\n` : ''}不符：${check.rule}`)
    }
  }
}

/**
 * Cells that a warning says could not be read: the cell itself, or every cell of the row it names.
 * @param {ParentNode} root
 * @param {Warning[]} warnings
 */
export function markUnreadCells(root, warnings) {
  for (const warning of warnings) {
    if (!warning.path || !UNREAD_CODES.has(warning.code)) continue
    const exact = cellAt(root, warning.path)
    const cells = exact ? [exact] : [...root.querySelectorAll(`td[data-path^="${CSS.escape(`${warning.path}.`)}"]`)]
    for (const cell of cells) {
      cell.classList.add('unread')
      cell.setAttribute('title', '未能可靠读取，留空而不猜测')
    }
  }
}

/**
 * Brings one check's cells forward (class `focus`) and moves the keyboard to the first of them.
 * @param {ParentNode} root
 * @param {Check} check
 */
export function focusCheckCells(root, check) {
  for (const cell of root.querySelectorAll('td.focus')) cell.classList.remove('focus')
  const cells = check.paths.map((p) => cellAt(root, p)).filter((c) => c !== null)
  for (const cell of cells) cell.classList.add('focus')
  const first = cells[0]
  if (first) {
    first.scrollIntoView({ block: 'center', inline: 'center', behavior: 'smooth' })
    first.focus({ preventScroll: true })
  }
}
