import { describe, expect, it } from 'vitest'

import { countSegments } from '../../sms/core/segments'
import { requestUpdate, requestUpdateShort } from './emails'

const args = {
  reference: 'SR-2026-000123',
  serviceName: 'Pothole',
  statusUrl: 'https://cms.maplebay.example/api/service-requests/track/SR-2026-000123',
  cityName: 'Maple Bay',
}

describe('requestUpdateShort', () => {
  it('English: reference, state and the status page, one segment', () => {
    const short = requestUpdateShort({ ...args, language: 'en', state: 'closed' })
    expect(short.title).toBe('Maple Bay 311: SR-2026-000123 closed')
    expect(short.body).toBe('Your request "Pothole" is now closed.')
    expect(short.text.split('\n')).toEqual([short.title, short.body, args.statusUrl])
    expect(countSegments(short.text).segments).toBeLessThanOrEqual(2)
  })

  it('French, in French words', () => {
    const short = requestUpdateShort({
      ...args,
      serviceName: 'Nid-de-poule',
      language: 'fr',
      state: 'closed',
    })
    expect(short.title).toMatch(/^311 Maple Bay : SR-2026-000123 /)
    expect(short.body).toMatch(/^Votre demande « Nid-de-poule » est maintenant /)
    expect(`${short.title} ${short.body}`).not.toMatch(/closed|request/i)
    expect(countSegments(short.text).segments).toBeLessThanOrEqual(3)
  })

  it('a closing text carries the “still not fixed” link after the status page', () => {
    const reopenUrl =
      'https://cms.maplebay.example/api/service-requests/SR-2026-000123/reopen?token=abcdefghijklmnop'
    const short = requestUpdateShort({ ...args, language: 'en', state: 'closed', reopenUrl })
    expect(short.text.split('\n')).toEqual([
      short.title,
      short.body,
      args.statusUrl,
      `Still not fixed? ${reopenUrl}`,
    ])
    const fr = requestUpdateShort({ ...args, language: 'fr', state: 'closed', reopenUrl })
    expect(fr.text.split('\n').at(-1)).toBe(`Toujours pas réglé? ${reopenUrl}`)
  })
})

describe('requestUpdate', () => {
  const base = { ...args, stopUrl: null, reason: 'resolved' as const, notes: null }
  it('a closing email says how to say it is still not fixed; other steps do not', () => {
    const url = 'https://cms.maplebay.example/api/service-requests/SR-2026-000123/reopen?token=t'
    const closed = requestUpdate({ ...base, language: 'en', state: 'closed', reopenUrl: url })
    expect(closed.text).toContain(
      `Still not fixed? Tell us within 30 days and we will reopen it: ${url}`,
    )
    const moved = requestUpdate({ ...base, language: 'en', state: 'assigned', reason: null })
    expect(moved.text).not.toContain('Still not fixed')
  })
})
