import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { xmllint } from '../../tests/helpers/xml'
import { buildCapMessage } from './cap'
import { type BulletinDoc, capChain, capLatest, toCapMessage } from './fromBulletin'

const XSD = path.resolve(__dirname, '../schema/CAP-v1.2.xsd')
const SENDER = 'communications@city.example'

const bulletin = (overrides: Partial<BulletinDoc> = {}): BulletinDoc => ({
  id: 7,
  uid: 'a1b2c3',
  slug: 'boil-water',
  title: { en: 'Boil water', fr: 'Faire bouillir l’eau' },
  summary: { en: 'Boil water in Ward 3.', fr: 'Faites bouillir l’eau dans le quartier 3.' },
  headline: { en: 'Boil water in Ward 3', fr: 'Faites bouillir l’eau dans le quartier 3' },
  event: { en: 'Boil water advisory', fr: 'Avis d’ébullition' },
  status: 'Actual',
  msgType: 'Alert',
  category: ['Health'],
  urgency: 'Immediate',
  severity: 'Moderate',
  certainty: 'Observed',
  eventCode: 'drinkingWate',
  expires: '2026-12-09T12:00:00.000Z',
  publishedAt: '2026-12-07T12:00:00.000Z',
  updatedAt: '2026-12-07T15:00:00.000Z',
  workflowState: 'published',
  areas: [
    {
      areaDesc: { en: 'Ward 3', fr: 'Quartier 3' },
      geocodes: [{ valueName: 'profile:CAP-CP:Location:0.3', value: '3537039' }],
    },
  ],
  ...overrides,
})

const issuer = { sender: SENDER, senderName: { en: 'City', fr: 'Ville' }, contact: '311' }

describe('a bulletin’s CAP messages', () => {
  it('is one Alert until a change note is published', () => {
    expect(capChain(SENDER, bulletin())).toEqual([
      { identifier: 'city.example-bulletin-a1b2c3', sent: new Date('2026-12-07T12:00:00.000Z') },
    ])
    const message = toCapMessage(bulletin(), [], SENDER, 'https://city.example')
    expect(message).toMatchObject({ identifier: 'city.example-bulletin-a1b2c3', msgType: 'Alert' })
    expect(message.references).toEqual([])
  })

  it('sends each change note as an Update with its own identifier, referencing every message before it; valid CAP 1.2', () => {
    const updated = bulletin({
      changeNotes: [{ at: '2026-12-07T13:00:00.000Z' }, { at: '2026-12-07T15:00:00.000Z' }],
    })
    const message = toCapMessage(updated, [updated], SENDER, 'https://city.example')
    expect(message.identifier).toBe('city.example-bulletin-a1b2c3-update-2')
    expect(message.msgType).toBe('Update')
    expect(message.sent.toISOString()).toBe('2026-12-07T15:00:00.000Z')
    expect(message.references).toEqual([
      {
        sender: SENDER,
        identifier: 'city.example-bulletin-a1b2c3',
        sent: new Date('2026-12-07T12:00:00.000Z'),
      },
      {
        sender: SENDER,
        identifier: 'city.example-bulletin-a1b2c3-update-1',
        sent: new Date('2026-12-07T13:00:00.000Z'),
      },
    ])
    expect(capLatest(SENDER, updated).identifier).toBe(message.identifier)
    const xml = buildCapMessage(message, issuer)
    expect(xml).toContain('<msgType>Update</msgType>')
    expect(xml).toContain(
      '<references>communications@city.example,city.example-bulletin-a1b2c3,2026-12-07T07:00:00-05:00 communications@city.example,city.example-bulletin-a1b2c3-update-1,2026-12-07T08:00:00-05:00</references>',
    )
    expect(xmllint(xml, XSD)).toEqual({ ok: true, output: '' })
  })

  it('a Cancel of an updated alert references all of its messages', () => {
    const updated = bulletin({ changeNotes: [{ at: '2026-12-07T13:00:00.000Z' }] })
    const cancel = bulletin({
      id: 8,
      uid: 'ffee00',
      msgType: 'Cancel',
      references: [7],
      publishedAt: '2026-12-07T16:00:00.000Z',
    })
    const message = toCapMessage(cancel, [updated, cancel], SENDER, 'https://city.example')
    expect(message.msgType).toBe('Cancel')
    expect((message.references ?? []).map((r) => r.identifier)).toEqual([
      'city.example-bulletin-a1b2c3',
      'city.example-bulletin-a1b2c3-update-1',
    ])
    expect(xmllint(buildCapMessage(message, issuer), XSD).ok).toBe(true)
  })
})
