import { describe, expect, it } from 'vitest'

import { buildCapMessage, type CapMessage } from './cap'
import { cancelForDeleted, capMessageFromJson } from './deletedCancel'
import { xmllint } from '../../tests/helpers/xml'

const original: CapMessage = {
  identifier: 'city.example-bulletin-0b8f2c1e-1111-4222-8333-944455556666',
  sent: new Date('2026-12-01T14:00:00Z'),
  status: 'Actual',
  msgType: 'Alert',
  category: ['Health'],
  urgency: 'Immediate',
  severity: 'Moderate',
  certainty: 'Observed',
  eventCode: 'waterQuality',
  effective: new Date('2026-12-01T14:00:00Z'),
  expires: new Date('2026-12-03T14:00:00Z'),
  text: {
    en: {
      event: 'Boil water advisory',
      headline: 'Boil water: Ward 3',
      description: 'Private details that must not be repeated.',
      instruction: 'Boil water.',
    },
    fr: {
      event: 'Avis d’ébullition',
      headline: 'Faire bouillir',
      description: 'Détails.',
      instruction: 'Faites bouillir.',
    },
  },
  web: 'https://city.example/emergency/boil-water/',
  areas: [
    {
      areaDesc: { en: 'Ward 3', fr: 'Quartier 3' },
      geocodes: [{ valueName: 'profile:CAP-CP:Location:0.3', value: '3506008' }],
    },
  ],
}
const issuer = { sender: 'communications@city.example', senderName: { en: 'City', fr: 'Ville' } }

describe('cancelForDeleted', () => {
  const cancel = cancelForDeleted(
    original,
    issuer.sender,
    new Date('2026-12-02T10:00:00Z'),
    'https://city.example',
  )

  it('references the deleted alert and gets an identifier of its own', () => {
    expect(cancel.msgType).toBe('Cancel')
    expect(cancel.identifier).toBe(`${original.identifier}-cancel`)
    expect(cancel.references).toEqual([
      { sender: issuer.sender, identifier: original.identifier, sent: original.sent },
    ])
    expect(cancel.expires).toEqual(original.expires)
  })

  it('keeps what receivers match on, not the text that was deleted', () => {
    expect(cancel.eventCode).toBe('waterQuality')
    expect(cancel.areas).toEqual(original.areas)
    expect(cancel.text.en.headline).toBe('Cancelled: Boil water advisory')
    expect(cancel.text.fr?.headline).toBe('Annulée : Avis d’ébullition')
    expect(JSON.stringify(cancel)).not.toContain('Private details')
  })

  it('is a valid CAP 1.2 message, also after a round trip through JSON (as stored)', () => {
    const restored = capMessageFromJson(JSON.parse(JSON.stringify(cancel)))
    expect(restored).toEqual({ ...cancel, effective: null, onset: null })
    const xml = buildCapMessage(restored, issuer)
    expect(xmllint(xml, 'emergency/schema/CAP-v1.2.xsd')).toEqual({ ok: true, output: '' })
    expect(xml).toContain(
      `<references>${issuer.sender},${original.identifier},2026-12-01T09:00:00-05:00</references>`,
    )
  })
})
