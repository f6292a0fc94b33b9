import { describe, expect, it } from 'vitest'

import { type BuildState, planRender } from './renderPlan'

const state = (overrides: Partial<BuildState> = {}): BuildState => ({
  codeKey: 'code-1',
  layoutKey: 'layout-1',
  items: {
    releases: [
      { id: '1', slug: 'pools-open', updatedAt: '2026-06-01T10:00:00.000Z' },
      { id: '2', slug: 'road-closed', updatedAt: '2026-06-02T10:00:00.000Z' },
    ],
    publications: [{ id: '7', slug: 'annual-report', updatedAt: '2026-01-01T00:00:00.000Z' }],
  },
  ...overrides,
})

describe('planRender', () => {
  it('renders everything for the first build, new code, or a change every page shows', () => {
    expect(planRender(null, state())).toEqual({ full: true, reason: 'no build before this one' })
    expect(planRender(state(), state({ codeKey: 'code-2' }))).toMatchObject({ full: true })
    expect(planRender(state(), state({ layoutKey: 'layout-2' }))).toMatchObject({
      full: true,
      reason: expect.stringContaining('name or address'),
    })
  })

  it('renders new and changed items, reuses the rest, and forgets deleted ones', () => {
    const next = state({
      items: {
        releases: [
          { id: '3', slug: 'snow-clearing', updatedAt: '2026-12-01T08:00:00.000Z' },
          { id: '1', slug: 'pools-open', updatedAt: '2026-06-01T10:00:00.000Z' },
        ],
        publications: [{ id: '7', slug: 'annual-report', updatedAt: '2026-12-01T09:00:00.000Z' }],
      },
    })
    expect(planRender(state(), next)).toEqual({
      full: false,
      render: { releases: ['snow-clearing'], publications: ['annual-report'] },
      reuse: { releases: ['pools-open'], publications: [] },
      reuseFr: { releases: ['pools-open'], publications: [] },
      // A state without section digests (a build before sections) renders every section.
      sections: ['news', 'publications', 'emergency', 'sponsorship', 'services311', 'wards'],
      archives: { render: [], reuse: [] },
    })
  })

  it('renders the news archive pages that are new or changed and reuses the others', () => {
    const before = state({ archives: { news: ['a1', 'a2', 'a3'] } })
    // A new release: the newest page changed; a fourth page began.
    expect(
      planRender(before, state({ archives: { news: ['a1', 'a2', 'a3*', 'a4'] } })),
    ).toMatchObject({ full: false, archives: { render: [3, 4], reuse: [1, 2] } })
    // A release withdrawn from page 2: it and the pages after it shift.
    expect(planRender(before, state({ archives: { news: ['a1', 'b2', 'b3'] } }))).toMatchObject({
      archives: { render: [2, 3], reuse: [1] },
    })
    // A build before the archive: every page is rendered.
    expect(planRender(state(), state({ archives: { news: ['a1', 'a2'] } }))).toMatchObject({
      archives: { render: [1, 2], reuse: [] },
    })
  })

  it('renders only the listing sections whose content changed', () => {
    const digests = {
      news: 'n1',
      publications: 'p1',
      emergency: 'e1',
      sponsorship: 's1',
      services311: 'k1',
      wards: 'w1',
    }
    const before = state({ sections: digests })
    expect(planRender(before, state({ sections: { ...digests, emergency: 'e2' } }))).toMatchObject({
      full: false,
      render: { releases: [], publications: [] },
      sections: ['emergency'],
    })
    expect(planRender(before, state({ sections: digests }))).toMatchObject({ sections: [] })
    expect(
      planRender(before, state({ sections: { ...digests, news: 'n2', services311: 'k2' } })),
    ).toMatchObject({ sections: ['news', 'services311'] })
    // The build before recorded none: everything is listed again.
    expect(planRender(state(), state({ sections: digests }))).toMatchObject({
      sections: ['news', 'publications', 'emergency', 'sponsorship', 'services311', 'wards'],
    })
  })

  it('reuses an unchanged item’s French page under its French slug; a new French slug renders it', () => {
    const before = state()
    before.items.releases[0] = { ...before.items.releases[0]!, slugFr: 'piscines-ouvertes' }
    const same = structuredClone(before)
    expect(planRender(before, same)).toMatchObject({
      full: false,
      reuseFr: { releases: ['piscines-ouvertes', 'road-closed'] },
    })
    const renamed = structuredClone(before)
    renamed.items.releases[1] = { ...renamed.items.releases[1]!, slugFr: 'route-fermee' }
    expect(planRender(before, renamed)).toMatchObject({
      full: false,
      render: { releases: ['road-closed'] },
      reuseFr: { releases: ['piscines-ouvertes'] },
    })
  })

  it('renders an item whose address changed even if its time did not', () => {
    const moved = state()
    moved.items.releases[1] = { ...moved.items.releases[1]!, slug: 'road-closed-until-friday' }
    const plan = planRender(state(), moved)
    expect(plan).toMatchObject({
      full: false,
      render: { releases: ['road-closed-until-friday'] },
      reuse: { releases: ['pools-open'] },
    })
  })
})
