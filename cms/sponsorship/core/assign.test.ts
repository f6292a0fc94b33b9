import { describe, expect, it } from 'vitest'

import { pickCoordinator } from './assign'

const sam = { id: 3, firstName: 'Sam', department: 'Corporate Sponsorship' }
const ana = { id: 7, firstName: 'Ana', department: 'Corporate Sponsorship' }

describe('pickCoordinator', () => {
  it('nobody when there is no coordinator', () => {
    expect(pickCoordinator([], new Map())).toBeNull()
  })
  it('the one with fewest open inquiries', () => {
    expect(
      pickCoordinator(
        [sam, ana],
        new Map([
          ['3', 4],
          ['7', 1],
        ]),
      ),
    ).toBe(ana)
  })
  it('the older account on a tie, whatever the order given', () => {
    expect(pickCoordinator([ana, sam], new Map())).toBe(sam)
    expect(
      pickCoordinator(
        [sam, ana],
        new Map([
          ['3', 2],
          ['7', 2],
        ]),
      ),
    ).toBe(sam)
  })
})
