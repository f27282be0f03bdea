import { MODELS, SECTIONS, type FormatVersion, type RowModel, type SectionModel, type TableKey } from '../model/index.ts'
import { LabelIndex } from './likeness.ts'
import { fold } from '../normalize/fold.ts'

/**
 * What locating looks for, in the order the format prints it: the six section headings, each table's row
 * labels (table 四's column groups, which stand in its header, as it prints no row labels), one after the
 * other. A table is found where its labels stand in this order, whatever its heading says.
 */
export interface Item {
  index: number
  kind: 'section' | 'row' | 'group'
  /** The table the item belongs to (its rows), or the section a heading opens. */
  table: TableKey | null
  section: SectionModel | null
  row: RowModel | null
  /** The row's place in its table's rows (-1: a heading), found once here rather than by a search per report. */
  rowIndex: number
}

export interface ItemModel {
  version: FormatVersion
  items: readonly Item[]
  index: LabelIndex
  /** Per table, its group labels (（六）其他处理), each owned by its place in `table.groups`. */
  groups: Partial<Record<TableKey, LabelIndex>>
}

function build(version: FormatVersion): ItemModel {
  const model = MODELS[version]
  const index = new LabelIndex()
  const items: Item[] = []
  const groups: ItemModel['groups'] = {}
  const add = (item: Omit<Item, 'index'>, labels: readonly string[], numbering: string) => {
    // One literal for every item (a spread's copies took several hidden classes, and the alignment reads items'
    // fields for every candidate against every earlier item: megamorphic there).
    const it: Item = { kind: item.kind, table: item.table, section: item.section, row: item.row, rowIndex: item.rowIndex, index: items.length }
    items.push(it)
    labels.forEach((label, k) => index.add(it.index, label, numbering, k > 0))
  }
  for (const section of SECTIONS) {
    add({ kind: 'section', table: null, section, row: null, rowIndex: -1 }, [section.title, ...section.variants], section.numeral + '、')
    const table = model.tables.find((t) => t.key === section.key)
    if (!table) continue
    for (const text of [...table.header, ...table.groups]) index.addFurniture(text)
    if (table.groups.length > 0) {
      const own = (groups[table.key] = new LabelIndex())
      table.groups.forEach((group, k) => own.add(k, group, fold(group)))
    }
    for (const [rowIndex, row] of table.rows.entries()) {
      for (const c of row.columns) index.addFurniture(c.label)
      if (row.provision) index.addFurniture(row.provision)
      // Table 四 prints no row labels: its column groups, in its header, stand for its rows.
      add({ kind: table.inline ? 'group' : 'row', table: table.key, section: null, row, rowIndex }, [row.label, ...row.variants], row.numbering)
    }
  }
  return { version, items, index, groups }
}

/** Built once per isolate, for both versions. */
export const ITEM_MODELS: Record<FormatVersion, ItemModel> = { '2019': build('2019'), '2021': build('2021') }
