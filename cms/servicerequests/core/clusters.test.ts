import { describe, expect, it } from 'vitest'

import { clusterPoints, clusterRadius } from './clusters'

describe('clusters', () => {
  it('gathers points of one cell into one circle at their centre, biggest first', () => {
    const clusters = clusterPoints(
      [
        { x: 1, y: 1 },
        { x: 3, y: 3 },
        { x: 51, y: 1 },
        { x: 9, y: 9 },
      ],
      10,
    )
    expect(clusters).toEqual([
      { x: 13 / 3, y: 13 / 3, count: 3 },
      { x: 51, y: 1, count: 1 },
    ])
  })

  it('keeps radii readable', () => {
    expect(clusterRadius(1)).toBe(8)
    expect(clusterRadius(5)).toBe(16)
    expect(clusterRadius(10_000)).toBe(40)
  })
})
