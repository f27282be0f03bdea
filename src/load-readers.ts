/**
 * The PDF and Word readers, loaded on first use. In the Worker the module is src/readers/documents.js, built
 * from src/extract/documents.ts by scripts/build-readers.mjs and uploaded beside the entry module
 * (wrangler.toml `find_additional_modules`), so the entry bundle, start-up and the CPU of a text or HTML
 * request stay as they were. This file sits beside src/index.ts so that the specifier is the same in the
 * source and in the uploaded entry module. Vitest and the library build resolve it to the source.
 */
type Readers = typeof import('./extract/documents.ts')

let readers: Promise<Readers> | undefined

export function loadReaders(): Promise<Readers> {
  readers ??= import('./readers/documents.js') as Promise<Readers>
  return readers
}
