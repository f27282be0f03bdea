import { FORMAT_VERSIONS, MODELS, type ColumnModel, type RowModel, type TableModel } from '../../src/model/index.ts'

/**
 * The model as the page prints it: for each format version and table, the header rows over the value columns
 * with their spans, the row groups printed beside their rows with their spans, each row's path, label and name,
 * and its columns. Derived from src/model alone; `npm run types` writes it to public/page/model.js (the page is
 * static files and cannot import TypeScript), and a test keeps that file equal to this output. The layouts
 * (public/page/layout-*.js) turn it into table cells; they restate no label, key or order.
 *
 * How the printed structure follows from the model:
 * - the header over the value columns is a tree: each column's `group` above its `label` (法人或其他组织 over
 *   商业企业 … 其他); an inline table (四) puts each row's `group` and `label` above its columns (行政诉讼 over
 *   未经复议直接起诉 over 结果维持 …). A header cell spans the columns under it; a column whose path is shorter
 *   than the tree is deep stretches down (自然人 under 申请人情况, beside 法人或其他组织 over five columns);
 * - of the table's `header` texts, those printed before the first column's text stand over all the columns
 *   (申请人情况); those after the last are printed over the row labels (the balance note). A header without
 *   any column's text (信息内容) is all printed over the row labels. An inline table has no row labels: its
 *   header texts past the columns are wordings the reader accepts (合计, 未审结), not printed;
 * - row groups nest by path: a group holds the rows whose paths lie under its own rows' common parent
 *   (三、本年度办理结果 holds （三）不予公开's sub-rows, all under `applications.rows.results`); a group's title is
 *   printed beside the run of rows it holds;
 * - rows under a `provision` (table 二) form blocks, each printed with its own header;
 * - a row is named by its numbering and label, after its group's title where the numbering of the group's rows
 *   is also found outside it (1. 2. 3. start again in every group): （三）不予公开 1.属于国家秘密, but （一）予以公开.
 */

export interface PageColumn {
  key: string
  label: string
  kind: ColumnModel['kind']
  group?: string
  unitKey?: string
}

export interface PageHeadCell {
  th: string
  colspan?: number
  rowspan?: number
  scope: 'col' | 'colgroup'
}

export interface PageGroup {
  title: string
  rows: number
}

export interface PageRow {
  path: string
  numbering: string
  label: string
  /** The row's name in messages: its numbering and label, after its group's title where needed. */
  name: string
  /** How many groups the row stands in (三、本年度办理结果 → 1, and （三）不予公开 inside it → 2). */
  depth: number
  /** The groups whose run of rows starts at this row, outermost first, each with the rows it spans. */
  opens: PageGroup[]
  columns: readonly PageColumn[]
}

export interface PageBlock {
  /** The provision the block answers (第二十条第（一）项), printed above its header; absent where the table is one block. */
  title?: string
  head: PageHeadCell[][]
  rows: PageRow[]
}

export interface PageTable {
  key: TableModel['key']
  caption: string
  inline: boolean
  /** The most value columns a block has. */
  width: number
  /** The texts printed over the row labels, beside the header rows. */
  corner: string[]
  blocks: PageBlock[]
}

const parentOf = (path: string) => path.split('.').slice(0, -1)
const under = (path: readonly string[], prefix: readonly string[]) => prefix.every((k, i) => path[i] === k)

function commonPrefix(paths: readonly (readonly string[])[]): string[] {
  const [first = [], ...rest] = paths
  let n = first.length
  for (const p of rest) {
    let i = 0
    while (i < n && p[i] === first[i]) i++
    n = i
  }
  return first.slice(0, n)
}

/** Each row's groups, outermost first: its own group and the groups whose common parent path holds it. */
function groupChains(table: TableModel): string[][] {
  const prefixes = new Map<string, string[]>()
  for (const title of new Set(table.rows.flatMap((r) => (r.group ? [r.group] : [])))) {
    prefixes.set(title, commonPrefix(table.rows.filter((r) => r.group === title).map((r) => parentOf(r.path))))
  }
  const chains = table.rows.map((row) => {
    if (!row.group) return []
    const own = prefixes.get(row.group) ?? []
    const outer = [...prefixes].filter(([title, p]) => title !== row.group && p.length < own.length && under(own, p))
    return [...outer.sort((a, b) => a[1].length - b[1].length).map(([title]) => title), row.group]
  })
  // A group is printed beside one run of rows: its rows must stand together.
  for (const title of prefixes.keys()) {
    const at = chains.flatMap((c, i) => (c.includes(title) ? [i] : []))
    if (at.some((i, n) => i !== (at[0] ?? 0) + n)) throw new Error(`${table.key}: the rows of group ${title} do not stand together`)
  }
  return chains
}

/** The header rows over leaves named by their paths of header texts (outermost first). */
function headOf(leaves: readonly (readonly string[])[]): PageHeadCell[][] {
  const depth = Math.max(0, ...leaves.map((p) => p.length))
  const rows: PageHeadCell[][] = []
  for (let level = 0; level < depth; level++) {
    const row: PageHeadCell[] = []
    for (let i = 0; i < leaves.length; ) {
      const path = leaves[i] as readonly string[]
      const th = path[level]
      if (th === undefined) {
        i++
      } else if (level === path.length - 1) {
        row.push({ th, ...(depth - level > 1 ? { rowspan: depth - level } : {}), scope: 'col' })
        i++
      } else {
        let j = i + 1
        while (j < leaves.length && (leaves[j] as readonly string[]).length - 1 > level && under(leaves[j] as readonly string[], path.slice(0, level + 1))) j++
        row.push({ th, ...(j - i > 1 ? { colspan: j - i } : {}), scope: 'colgroup' })
        i = j
      }
    }
    rows.push(row)
  }
  return rows
}

const columnOf = (c: ColumnModel): PageColumn => ({
  key: c.key,
  label: c.label,
  kind: c.kind,
  ...(c.group ? { group: c.group } : {}),
  ...(c.unitKey ? { unitKey: c.unitKey } : {}),
})

export function pageTable(table: TableModel): PageTable {
  const chains = groupChains(table)
  // A group's title goes into its rows' names where their numbering is also found outside the group.
  const needsTitle = (group: string) => {
    const inside = new Set(table.rows.filter((r) => r.group === group).map((r) => r.numbering))
    return table.rows.some((r) => r.group !== group && inside.has(r.numbering))
  }
  const rows: PageRow[] = table.rows.map((row: RowModel, i) => {
    const chain = chains[i] ?? []
    const run = (title: string) => {
      let n = 0
      while (chains[i + n]?.includes(title)) n++
      return n
    }
    const opens = chain.filter((title) => !chains[i - 1]?.includes(title)).map((title) => ({ title, rows: run(title) }))
    const printed = `${row.numbering}${row.label}`
    const name = row.group && needsTitle(row.group) ? `${row.group} ${printed}` : printed
    return { path: row.path, numbering: row.numbering, label: row.label, name, depth: chain.length, opens, columns: row.columns.map(columnOf) }
  })

  // Blocks: runs of rows under one provision (table 二), else the whole table.
  const runs: { title?: string; rows: PageRow[]; models: RowModel[] }[] = []
  table.rows.forEach((model, i) => {
    const last = runs[runs.length - 1]
    if (last && last.title === model.provision) {
      last.rows.push(rows[i] as PageRow)
      last.models.push(model)
    } else runs.push({ ...(model.provision ? { title: model.provision } : {}), rows: [rows[i] as PageRow], models: [model] })
  })

  // Texts of the header tree; the table's other header texts stand over all columns or over the row labels.
  const leavesOf = (models: RowModel[], titles: readonly string[]): string[][] =>
    table.inline
      ? models.flatMap((r) => r.columns.map((c) => [...titles, ...(r.group ? [r.group] : []), r.label, c.label]))
      : (models[0]?.columns ?? []).map((c) => [...titles, ...(c.group ? [c.group] : []), c.label])
  const treeTexts = new Set(runs.flatMap((run) => leavesOf(run.models, []).flat()))
  const first = table.header.findIndex((t) => treeTexts.has(t))
  const last = table.header.reduce((at, t, i) => (treeTexts.has(t) ? i : at), -1)
  const titles = table.header.slice(0, Math.max(first, 0))
  const corner = table.inline ? [] : table.header.slice(last + 1)

  const blocks = runs.map((run): PageBlock => {
    if (!table.inline && run.models.some((r) => r.columns !== run.models[0]?.columns)) throw new Error(`${table.key}: rows of one block with different columns`)
    return { ...(run.title ? { title: run.title } : {}), head: headOf(leavesOf(run.models, titles)), rows: run.rows }
  })
  const width = Math.max(...runs.map((run) => leavesOf(run.models, []).length))
  return { key: table.key, caption: table.section, inline: Boolean(table.inline), width, corner, blocks }
}

const TYPES = `/**
 * @typedef {{ key: string, label: string, kind: 'count' | 'signed' | 'amount', group?: string, unitKey?: string }} PageColumn
 * @typedef {{ th: string, colspan?: number, rowspan?: number, scope: 'col' | 'colgroup' }} PageHeadCell
 * @typedef {{ title: string, rows: number }} PageGroup
 * @typedef {{ path: string, numbering: string, label: string, name: string, depth: number, opens: PageGroup[], columns: readonly PageColumn[] }} PageRow
 * @typedef {{ title?: string, head: PageHeadCell[][], rows: PageRow[] }} PageBlock
 * @typedef {{ key: 'activeDisclosure' | 'applications' | 'reviewLitigation', caption: string, inline: boolean, width: number, corner: string[], blocks: PageBlock[] }} PageTable
 * @typedef {{ activeDisclosure: PageTable, applications: PageTable, reviewLitigation: PageTable }} PageModel
 */`

const json = (value: unknown) => JSON.stringify(value)

/** public/page/model.js: the page's tables per format version, column lists written once and shared. */
export function pageModel(): string {
  const columnSets = new Map<string, string>()
  const setOf = (columns: readonly PageColumn[]) => {
    const text = `[\n${columns.map((c) => `  ${json(c)},`).join('\n')}\n]`
    let name = columnSets.get(text)
    if (!name) columnSets.set(text, (name = `COLUMNS_${columnSets.size + 1}`))
    return name
  }
  const versions = FORMAT_VERSIONS.map((version) => {
    const tables = MODELS[version].tables.map((model) => {
      const t = pageTable(model)
      const blocks = t.blocks.map((b) => {
        const rows = b.rows.map((r) => {
          const { columns, ...rest } = r
          return `          ${json(rest).replace(/}$/, `,"columns":${setOf(columns)}},`)}`
        })
        const head = b.head.map((cells) => `          ${json(cells)},`)
        return [
          '      {',
          ...(b.title ? [`        title: ${json(b.title)},`] : []),
          '        head: [',
          ...head,
          '        ],',
          '        rows: [',
          ...rows,
          '        ],',
          '      },',
        ].join('\n')
      })
      return [
        `  ${t.key}: {`,
        `    key: ${json(t.key)},`,
        `    caption: ${json(t.caption)},`,
        `    inline: ${t.inline},`,
        `    width: ${t.width},`,
        `    corner: ${json(t.corner)},`,
        '    blocks: [',
        ...blocks,
        '    ],',
        '  },',
      ].join('\n')
    })
    return [`/** Format ${version}. @type {PageModel} */`, `export const MODEL_${version} = {`, ...tables, '}'].join('\n')
  })
  const sets = [...columnSets].map(([text, name]) => `/** @type {readonly PageColumn[]} */\nconst ${name} = ${text}`)
  return [
    '// @ts-check',
    '// Written by `npm run types` from src/model (scripts/lib/page-model.ts); do not edit.',
    '/** The three tables of each format version as the page prints them, from the one model (src/model). */',
    '',
    TYPES,
    '',
    ...sets.flatMap((s) => [s, '']),
    ...versions.flatMap((v) => [v, '']),
    `/** @type {Record<${FORMAT_VERSIONS.map((v) => `'${v}'`).join(' | ')}, PageModel>} */`,
    `export const MODELS = { ${FORMAT_VERSIONS.map((v) => `'${v}': MODEL_${v}`).join(', ')} }`,
    '',
  ].join('\n')
}
