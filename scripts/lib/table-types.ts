import { MODELS, type TableModel } from '../../src/model/index.ts'

/**
 * The TypeScript types of the three tables, written out from the model (src/model) so that integrators' code
 * reads `report.applications?.rows.newlyReceived.total` with the compiler's help. The zod schemas are built from
 * the same model at run time; `npm run types` writes this text to src/schema/table-types.ts, and a test keeps the
 * file equal to it.
 */
type Tree = Map<string, Tree | string>

function treeOf(table: TableModel): Tree {
  const tree: Tree = new Map()
  const put = (keys: readonly string[], leaf: string) => {
    let node = tree
    keys.slice(0, -1).forEach((k) => {
      let child = node.get(k)
      if (!(child instanceof Map)) node.set(k, (child = new Map()))
      node = child
    })
    node.set(keys[keys.length - 1] as string, leaf)
  }
  for (const row of table.rows) {
    const keys = row.path.split('.').slice(1)
    for (const c of row.columns) {
      put([...keys, c.key], 'number | null')
      if (c.unitKey) put([...keys, c.unitKey], 'string | null')
    }
  }
  return tree
}

function print(tree: Tree, indent: string): string {
  const lines = [...tree].map(([k, v]) => `${indent}  ${k}: ${v instanceof Map ? print(v, `${indent}  `) : v}`)
  return `{\n${lines.join('\n')}\n${indent}}`
}

const NAMES = { activeDisclosure: 'ActiveDisclosure', applications: 'Applications', reviewLitigation: 'ReviewLitigation' } as const

export function tableTypes(): string {
  const out = ['// Written by `npm run types` from src/model (scripts/lib/table-types.ts); do not edit.', '']
  for (const version of ['2019', '2021'] as const) {
    for (const table of MODELS[version].tables) {
      if (table.key === 'reviewLitigation' && version === '2019') continue
      const name = table.key === 'reviewLitigation' ? NAMES[table.key] : `${NAMES[table.key]}${version}`
      out.push(`/** ${table.section} (${table.key === 'reviewLitigation' ? 'both versions' : `format ${version}`}). */`)
      out.push(`export interface ${name}Json ${print(treeOf(table), '')}`, '')
    }
  }
  return out.join('\n')
}
