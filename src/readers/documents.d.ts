// The prebuilt PDF and Word readers (scripts/build-readers.mjs): the same exports as their source.
export * from '../extract/documents.ts'
