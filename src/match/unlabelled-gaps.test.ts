import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'
import { rowsSharingGap } from './unlabelled-gaps.ts'

describe('rows sharing the figures of a row whose label was not found', () => {
  it('are the rows up to and with the labelled one on its labels’ side', () => {
    const labelled = Uint8Array.from([1, 1, 0, 0, 1])
    expect(rowsSharingGap(3, labelled, 'before')).toEqual([2, 1])
    expect(rowsSharingGap(2, labelled, 'after')).toEqual([3, 4])
  })

  it('leave the labelled row unread where the figures fall a cell short (seed 14385)', () => {
    // `4.保护第三方合法权益 0` / `０ － —` / `0` / `0`, then `三、不 5.属于三类内部事务信` (unfound) and seven figures:
    // the first of those is no more the row's seventh cell than the row's empty cell is its sixth.
    const { report, wrong } = readPrinted('default-seed-14385-unlabelled-gap')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notDisclosed.thirdPartyRights.otherOrganization')).toBeNull()
  })
})
