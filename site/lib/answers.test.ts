import { describe, expect, it } from 'vitest'

import { serviceCodes } from './answers'

describe('an answer’s services', () => {
  it('are the codes of the services filled in; bare ids count for nothing', () => {
    expect(
      serviceCodes({
        relatedServices: [
          { code: 'POTHOLE', name: 'Pothole' } as never,
          7,
          '8',
          { code: 'SIDEWALK' } as never,
        ],
      }),
    ).toEqual(['POTHOLE', 'SIDEWALK'])
    expect(serviceCodes({ relatedServices: null })).toEqual([])
  })
})
