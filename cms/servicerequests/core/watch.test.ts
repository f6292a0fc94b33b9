import { describe, expect, it } from 'vitest'

import { DIGEST_LINES, RADIUS_DEFAULT, readWatchInput, watchArea, watchDigest } from './watch'

const fields = (problems: { field: string }[]) => problems.map((p) => p.field)

describe('reading a ward watch sign-up', () => {
  it('takes a ward, with both events and English by default', () => {
    expect(readWatchInput({ email: ' Ana@Example.CA ', ward: 3 })).toEqual({
      ok: true,
      input: {
        email: 'ana@example.ca',
        language: 'en',
        events: ['new', 'closed'],
        place: { ward: 3 },
      },
    })
  })

  it('takes an address with a radius, events as a list, a comma list or one form value', () => {
    const read = readWatchInput({
      email: 'b@example.ca',
      address: '123 Main Street',
      radius: '300',
      events: 'closed',
      language: 'fr',
    })
    expect(read).toMatchObject({
      ok: true,
      input: {
        language: 'fr',
        events: ['closed'],
        place: { address: '123 Main Street', radius: 300 },
      },
    })
    const both = readWatchInput({ email: 'b@example.ca', ward: '2', events: 'closed, new' })
    expect(both.ok && both.input.events).toEqual(['new', 'closed'])
    const list = readWatchInput({ email: 'b@example.ca', ward: 2, events: ['new'] })
    expect(list.ok && list.input.events).toEqual(['new'])
    const circle = readWatchInput({ email: 'b@example.ca', address: '1 King Street' })
    expect(circle.ok && circle.input.place).toEqual({
      address: '1 King Street',
      radius: RADIUS_DEFAULT,
    })
  })

  it('names every field at fault', () => {
    const none = readWatchInput({})
    expect(none.ok).toBe(false)
    expect(!none.ok && fields(none.problems)).toEqual(['email', 'ward'])
    const bad = readWatchInput({ email: 'nobody', ward: 'three', events: ['new', 'all'] })
    expect(!bad.ok && fields(bad.problems)).toEqual(['email', 'events', 'ward'])
    // The form's empty value first, then no box ticked: nothing chosen, refused.
    const unticked = readWatchInput({ email: 'a@example.ca', ward: 1, events: [''] })
    expect(!unticked.ok && fields(unticked.problems)).toEqual(['events'])
    const ticked = readWatchInput({ email: 'a@example.ca', ward: 1, events: ['', 'closed'] })
    expect(ticked.ok && ticked.input.events).toEqual(['closed'])
    const empty = readWatchInput({ email: 'a@example.ca', ward: 1, events: [] })
    expect(!empty.ok && fields(empty.problems)).toEqual(['events'])
  })

  it('refuses a ward and an address together, a radius out of range, a ward out of range', () => {
    const both = readWatchInput({ email: 'a@example.ca', ward: 1, address: '1 Main Street' })
    expect(!both.ok && both.problems[0]!.message).toMatch(/not both/)
    for (const radius of [10, 49, 2001, 1.5, 'far'])
      expect(readWatchInput({ email: 'a@example.ca', address: '1 Main St', radius }).ok).toBe(false)
    for (const radius of [50, 2000])
      expect(readWatchInput({ email: 'a@example.ca', address: '1 Main St', radius }).ok).toBe(true)
    for (const ward of [0, -1, 1000, 2.5])
      expect(readWatchInput({ email: 'a@example.ca', ward }).ok).toBe(false)
  })

  it('keeps an address to 200 characters (the register search reads no more)', () => {
    const read = readWatchInput({ email: 'a@example.ca', address: `1 ${'x'.repeat(500)}` })
    expect(read.ok && 'address' in read.input.place && read.input.place.address.length).toBe(200)
  })
})

describe('what a watch covers, in words', () => {
  it('a ward or a circle, in each language', () => {
    const ward = { ward: 3, addressLabel: null, radius: null }
    expect(watchArea(ward, 'en')).toBe('ward 3')
    expect(watchArea(ward, 'fr')).toBe('le quartier 3')
    const circle = { ward: null, addressLabel: '123 Main Street', radius: 300 }
    expect(watchArea(circle, 'en')).toBe('300 m around 123 Main Street')
    expect(watchArea(circle, 'fr')).toBe('un rayon de 300 m autour de 123 Main Street')
  })
})

describe('the daily digest', () => {
  const args = {
    language: 'en' as const,
    area: 'ward 3',
    day: 'Tuesday, December 8, 2026',
    mapUrl: 'https://cms.example/api/service-requests/map',
    stopUrl: 'https://cms.example/api/watches/stop/1.x',
    cityName: 'Maple Bay',
  }
  const line = (n: number) => ({
    reference: `SR-2026-${String(n).padStart(6, '0')}`,
    service: 'Pothole',
    address: null,
  })

  it('is nothing on a quiet day', () => {
    expect(watchDigest({ ...args, opened: [], closed: [] })).toBeNull()
  })

  it('lists the new and the closed, with the map and the stop link', () => {
    const email = watchDigest({
      ...args,
      opened: [{ reference: 'SR-2026-000001', service: 'Pothole', address: '12 Main Street' }],
      closed: [line(2), line(3)],
    })!
    expect(email.subject).toBe('311 reports in ward 3, Tuesday, December 8, 2026')
    expect(email.text).toContain('1 new report\n- SR-2026-000001, Pothole, 12 Main Street')
    expect(email.text).toContain('2 reports closed\n- SR-2026-000002, Pothole, placed on the map')
    expect(email.text).toContain(`To stop these emails: ${args.stopUrl}`)
    expect(email.text).toContain(`The map of open reports: ${args.mapUrl}`)
  })

  it('leaves out a kind with nothing, and says how many more a storm day had', () => {
    const many = Array.from({ length: DIGEST_LINES + 7 }, (_, i) => line(i))
    const email = watchDigest({ ...args, opened: many, closed: [] })!
    expect(email.text).not.toContain('closed')
    expect(email.text.match(/^- SR-/gm)).toHaveLength(DIGEST_LINES)
    expect(email.text).toContain('… and 7 more on the map.')
  })

  it('speaks French to a French watcher', () => {
    const email = watchDigest({
      ...args,
      language: 'fr',
      area: 'le quartier 3',
      opened: [line(1)],
      closed: [],
    })!
    expect(email.subject).toMatch(/^Signalements 311 dans le quartier 3/)
    expect(email.text).toContain('1 nouveau signalement')
    expect(email.text).toContain('Pour arrêter ces courriels')
  })
})
