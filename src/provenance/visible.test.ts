import { describe, expect, it } from 'vitest'
import { fromOf, toOf, visible, type Visible } from './visible.ts'

/** Each visible unit with where it stands in the input: [unit, from, to]. */
const units = (v: Visible) => [...v.text].map((c, k) => [c, fromOf(v, k), toOf(v, k)])

describe('visible: the characters a reader sees in a stretch of the input', () => {
  const input = '<td>１２3</td><td>4<span>5</span>&nbsp;6&#x37;</td><td>8\u200b9</td>'

  it('sees an HTML cell without markup, reference or invisible unit as it stands', () => {
    const v = visible(input, 4, 7, true)
    expect(units(v)).toEqual([['１', 4, 5], ['２', 5, 6], ['3', 6, 7]])
    expect(fromOf(v, 3)).toBeUndefined()
  })

  it('passes over markup, decodes references and drops invisible units, each unit where its source stands', () => {
    expect(units(visible(input, 16, 44, true))).toEqual([['4', 16, 17], ['5', 23, 24], [' ', 31, 37], ['6', 37, 38], ['7', 38, 44]])
    expect(units(visible(input, 53, 56, true))).toEqual([['8', 53, 54], ['9', 55, 56]])
    // Text input keeps `<` and `&` as they are written.
    expect(visible(input, 0, 8, false).text).toBe('<td>１２3<')
  })
})
