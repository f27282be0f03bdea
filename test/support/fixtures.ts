import type { Expected } from './oracle.ts'

/**
 * Every report of test/fixtures (the shared corpus copied in, and the project's own cases) beside its
 * oracle, imported through Vite so that the tests inside workerd need no file system.
 */
const inputs = import.meta.glob<string>('../fixtures/**/*.{txt,html,htm}', { query: '?raw', import: 'default', eager: true })
const oracles = import.meta.glob<Expected>('../fixtures/**/*.expected.json', { import: 'default', eager: true })

export interface Case {
  name: string
  input: string
  inputType: 'html' | 'text'
  expected: Expected
}

export const CASES: Case[] = Object.entries(oracles)
  .map(([path, expected]) => {
    const stem = path.slice(0, -'.expected.json'.length)
    const inputPath = ['.txt', '.html', '.htm'].map((ext) => stem + ext).find((p) => p in inputs)
    if (!inputPath) throw new Error(`no input beside ${path}`)
    return {
      name: stem.replace('../fixtures/', ''),
      input: inputs[inputPath] ?? '',
      inputType: inputPath.endsWith('.txt') ? ('text' as const) : ('html' as const),
      expected,
    }
  })
  .sort((a, b) => a.name.localeCompare(b.name))

/** A fixture's input by its name below test/fixtures (e.g. `corpus/nansha-2020-mirror.txt`). */
export function fixture(name: string): string {
  const text = inputs[`../fixtures/${name}`]
  if (text === undefined) throw new Error(`no fixture ${name}`)
  return text
}
