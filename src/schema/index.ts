export * from './cells.ts'
export * from './tables.ts'
export * from './report.ts'
export * from './batch.ts'
