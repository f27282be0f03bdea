import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { tableTypes } from '../../scripts/lib/table-types.ts'

/** The tables' static types are the model written out: the file in src/schema is what `npm run types` writes now. */
it('src/schema/table-types.ts is the model written out (npm run types)', () => {
  const file = readFileSync(new URL('../../src/schema/table-types.ts', import.meta.url), 'utf8')
  expect(file).toBe(tableTypes())
  expect(file).toContain('newlyReceived: {')
})
