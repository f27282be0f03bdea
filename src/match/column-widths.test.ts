import { describe, expect, it } from 'vitest'
import { printedWidth } from './column-widths.ts'

describe('a figure’s printed width', () => {
  it('weighs a joined figure at its widest and a one-line figure at its narrowest', () => {
    expect(printedWidth('1460', true)).toBe(4)
    // A full-width glyph is 1.7–2 digits wide in the fonts viewers use; a separator a quarter to a half.
    expect(printedWidth('２０', true)).toBe(5)
    expect(printedWidth('２０', false)).toBe(3)
    expect(printedWidth('1,221', true)).toBe(5)
    expect(printedWidth('1,221', false)).toBe(4)
    expect(printedWidth('14件', true)).toBe(4.5)
  })
})
