// @ts-check
/**
 * A table's layout as data, row by row as the national format prints it: header cells with their spans,
 * and data cells named by their path in the JSON (SPEC §3). render-tables.js turns one into a <table>.
 *
 * @typedef {{ th: string, colspan?: number, rowspan?: number, scope?: 'row' | 'col' | 'rowgroup' | 'colgroup', className?: string }} HeaderCell
 * @typedef {{ path: string, label: string, colspan?: number, format?: 'signed' | 'amount' }} DataCell
 * @typedef {HeaderCell | DataCell} Cell
 * @typedef {{ key: 'activeDisclosure' | 'applications' | 'reviewLitigation', caption: string, head: Cell[][], body: Cell[][] }} TableLayout
 */
export {}
