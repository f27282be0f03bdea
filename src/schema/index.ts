export * from './cells.ts'
export * from './tables.ts'
export * from './report.ts'
