import { describe, expect, it } from 'vitest'

import { screenSponsor, screeningApproved, type SponsorshipPolicy } from './screening'
import { DEFAULT_TIERS, tierForValue, tierLabel, tierRange, tierTableProblems } from './tiers'

const policy: SponsorshipPolicy = {
  sectors: [
    { name: 'Banking', excluded: false },
    { name: 'Tobacco and vaping', excluded: true, note: 'Smoke-Free Ontario Act' },
    { name: 'Cannabis', excluded: true },
  ],
  approvalThreshold: 50_000,
}

describe('screenSponsor', () => {
  it('passes a listed, allowed sector under the threshold', () => {
    expect(screenSponsor(policy, ' banking ', 10_000)).toEqual({
      sector: 'Banking',
      value: 10_000,
      excluded: false,
      needsApproval: false,
      reasons: [],
    })
  })
  it('flags an excluded sector, with the note', () => {
    const result = screenSponsor(policy, 'TOBACCO AND VAPING', 10_000)
    expect(result).toMatchObject({
      sector: 'Tobacco and vaping',
      excluded: true,
      needsApproval: true,
    })
    expect(result.reasons).toEqual([
      "The Tobacco and vaping sector is on the City's exclusion list (Smoke-Free Ontario Act).",
    ])
  })
  it('flags a sector nobody has judged yet', () => {
    expect(screenSponsor(policy, 'Crypto exchanges', 1_000)).toMatchObject({
      excluded: false,
      needsApproval: true,
      reasons: [expect.stringMatching(/not on the City's sector list/)],
    })
  })
  it('flags a value above the threshold (not at it)', () => {
    expect(screenSponsor(policy, 'Banking', 50_000).needsApproval).toBe(false)
    expect(screenSponsor(policy, 'Banking', 50_001)).toMatchObject({
      needsApproval: true,
      reasons: ['The value, $50,001, is above the $50,000 approval threshold.'],
    })
  })
  it('gives every reason when several apply; no threshold means value never flags', () => {
    expect(screenSponsor(policy, 'Cannabis', 90_000).reasons).toHaveLength(2)
    expect(
      screenSponsor({ ...policy, approvalThreshold: null }, 'Banking', 9e9).needsApproval,
    ).toBe(false)
    expect(screenSponsor(policy, 'Banking', null).needsApproval).toBe(false)
  })
})

describe('screeningApproved', () => {
  const flagged = screenSponsor(policy, 'Cannabis', 20_000)
  it.each([
    [null, false],
    [{ sector: 'cannabis', value: 20_000 }, true],
    [{ sector: 'Cannabis', value: 30_000 }, true],
    [{ sector: 'Cannabis', value: 10_000 }, false],
    [{ sector: 'Banking', value: 20_000 }, false],
  ])('approval %j -> %s', (approval, expected) => {
    expect(screeningApproved(flagged, approval)).toBe(expected)
  })
  it('a clean screening needs no approval', () => {
    expect(screeningApproved(screenSponsor(policy, 'Banking', 1), null)).toBe(true)
  })
})

describe('tiers', () => {
  it.each([
    [4_999, null],
    [5_000, 'patron'],
    [9_999, 'patron'],
    [10_000, 'supporter'],
    [74_999, 'builder'],
    [75_000, 'leader'],
    [5_000_000, 'leader'],
  ])('$%s -> %s', (value, key) => {
    expect(tierForValue(DEFAULT_TIERS, value)?.key ?? null).toBe(key)
  })
  it('a gap between tiers gives no tier; overlap picks the higher', () => {
    const tiers = [
      { key: 'a', label: 'A', min: 0, max: 10 },
      { key: 'b', label: 'B', min: 5, max: 20 },
      { key: 'c', label: 'C', min: 30 },
    ]
    expect(tierForValue(tiers, 25)).toBeNull()
    expect(tierForValue(tiers, 7)?.key).toBe('b')
  })
  it('names problems in a tier table by row', () => {
    expect(tierTableProblems(DEFAULT_TIERS)).toEqual([])
    expect(
      tierTableProblems([
        { key: 'A b', label: 'X', min: 0 },
        { key: 'x', label: 'Y', min: 5, max: 1 },
        { key: 'x', label: 'Z', min: 9 },
      ]),
    ).toEqual([
      'Tier 1 (X): the key must be lower-case letters, digits and hyphens.',
      'Tier 2 (Y): the maximum is below the minimum.',
      'Tier 3 (Z): the key "x" is used twice.',
    ])
  })
  it('labels and ranges', () => {
    expect(tierLabel(DEFAULT_TIERS, 'builder')).toBe('Builder')
    expect(tierLabel(DEFAULT_TIERS, 'gone')).toBe('gone')
    expect(tierRange(DEFAULT_TIERS[0]!)).toBe('$5,000–9,999')
    expect(tierRange(DEFAULT_TIERS[3]!)).toBe('$75,000 and up')
  })
})
