import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { xmllint } from '../../tests/helpers/xml'
import { buildCapMessage, CapInputError, type CapIssuer, type CapMessage } from './cap'
import { capTime } from './capTime'

const XSD = path.resolve(__dirname, '../schema/CAP-v1.2.xsd')
const issuer: CapIssuer = {
  sender: 'communications@city.example',
  senderName: { en: 'City of Riverton', fr: 'Ville de Riverton' },
  contact: '311',
}

const alert = (overrides: Partial<CapMessage> = {}): CapMessage => ({
  identifier: 'city.example-bulletin-42',
  sent: new Date('2026-11-27T14:30:00.123Z'),
  status: 'Actual',
  msgType: 'Alert',
  category: ['Health'],
  urgency: 'Immediate',
  severity: 'Moderate',
  certainty: 'Observed',
  expires: new Date('2026-11-29T14:30:00Z'),
  text: {
    en: {
      event: 'Boil water advisory',
      headline: 'Boil water advisory for Ward 3',
      description: 'A water main broke.',
      instruction: 'Boil tap water for one minute.',
    },
  },
  web: 'https://www.city.example/emergency/boil-water-ward-3/',
  areas: [
    {
      areaDesc: { en: 'Ward 3' },
      geocodes: [{ valueName: 'profile:CAP-CP:Location:0.3', value: '3537039' }],
    },
  ],
  ...overrides,
})

const valid = (xml: string) => {
  const result = xmllint(xml, XSD)
  expect(result.ok, result.output).toBe(true)
}

describe('capTime', () => {
  it.each([
    ['2026-11-27T14:30:00.999Z', '2026-11-27T09:30:00-05:00'],
    ['2026-07-01T16:00:00Z', '2026-07-01T12:00:00-04:00'],
    ['2026-01-01T04:59:59Z', '2025-12-31T23:59:59-05:00'],
  ])('%s → %s (Toronto time, offset, no fractions)', (iso, expected) =>
    expect(capTime(new Date(iso))).toBe(expected),
  )

  it('writes +00:00 rather than Z for UTC', () =>
    expect(capTime(new Date('2026-11-27T14:30:00Z'), 'UTC')).toBe('2026-11-27T14:30:00+00:00'))
})

describe('buildCapMessage', () => {
  it('an English Alert validates against the CAP 1.2 XSD and carries the CAP-CP profile', () => {
    const xml = buildCapMessage(alert(), issuer)
    valid(xml)
    expect(xml).toContain('<sent>2026-11-27T09:30:00-05:00</sent>')
    expect(xml).toContain('<code>profile:CAP-CP:0.4</code>')
    expect(xml).toContain('<language>en-CA</language>')
    expect(xml).not.toContain('fr-CA')
    expect(xml).toMatch(
      /<valueName>layer:SOREM:1.0:Broadcast_Immediately<\/valueName>\s*<value>No<\/value>/,
    )
    expect(xml).toMatch(
      /<geocode>\s*<valueName>profile:CAP-CP:Location:0.3<\/valueName>\s*<value>3537039<\/value>/,
    )
  })

  it('a bilingual message has an en-CA and an fr-CA info block with the same times and codes', () => {
    const xml = buildCapMessage(
      alert({
        text: {
          en: {
            event: 'Extreme heat',
            headline: 'Extreme heat warning',
            description: 'Highs of 33.',
            instruction: 'Drink water.',
          },
          fr: {
            event: 'Chaleur extrême',
            headline: 'Avertissement de chaleur extrême',
            description: 'Maximums de 33.',
            instruction: "Buvez de l'eau.",
          },
        },
        areas: [{ areaDesc: { en: 'City-wide', fr: 'Toute la ville' } }],
        eventCode: 'heat',
        webFr: 'https://www.city.example/fr/urgences/chaleur-extreme/',
        effective: new Date('2026-11-27T15:00:00Z'),
        onset: new Date('2026-11-28T15:00:00Z'),
        responseType: ['Prepare', 'Monitor'],
      }),
      issuer,
    )
    valid(xml)
    expect(xml.match(/<info>/g)).toHaveLength(2)
    expect(xml).toContain('<language>fr-CA</language>')
    expect(xml).toContain('<areaDesc>Toute la ville</areaDesc>')
    expect(xml).toContain('<senderName>Ville de Riverton</senderName>')
    // Each language's block links to the page in that language.
    expect(xml).toContain('<web>https://www.city.example/emergency/boil-water-ward-3/</web>')
    expect(xml).toContain('<web>https://www.city.example/fr/urgences/chaleur-extreme/</web>')
    expect(xml).toContain('<instruction>Buvez de l&apos;eau.</instruction>')
    expect(xml.match(/<expires>2026-11-29T09:30:00-05:00<\/expires>/g)).toHaveLength(2)
    expect(xml).toMatch(
      /<eventCode>\s*<valueName>profile:CAP-CP:Event:0.4<\/valueName>\s*<value>heat<\/value>/,
    )
  })

  it.each(['Update', 'Cancel'])(
    '%s messages name the messages they replace as sender,identifier,sent triples',
    (msgType) => {
      const xml = buildCapMessage(
        alert({
          identifier: 'city.example-bulletin-43',
          msgType,
          references: [
            {
              sender: 'communications@city.example',
              identifier: 'city.example-bulletin-42',
              sent: new Date('2026-11-27T14:30:00Z'),
            },
            {
              sender: 'communications@city.example',
              identifier: 'city.example-bulletin-40',
              sent: new Date('2026-11-26T14:30:00Z'),
            },
          ],
        }),
        issuer,
      )
      valid(xml)
      expect(xml).toContain(
        '<references>communications@city.example,city.example-bulletin-42,2026-11-27T09:30:00-05:00 communications@city.example,city.example-bulletin-40,2026-11-26T09:30:00-05:00</references>',
      )
      expect(xml).toContain(`<msgType>${msgType}</msgType>`)
    },
  )

  it('polygons and circles are written normalised and validate', () => {
    const xml = buildCapMessage(
      alert({
        areas: [
          {
            areaDesc: { en: 'Riverfront' },
            polygons: ['42.30,-83.10\n42.40,-83.10   42.40,-82.90 42.30,-83.10'],
            circles: ['42.3149,-83.0364 15'],
          },
        ],
      }),
      issuer,
    )
    valid(xml)
    expect(xml).toContain('<polygon>42.30,-83.10 42.40,-83.10 42.40,-82.90 42.30,-83.10</polygon>')
    expect(xml).toContain('<circle>42.3149,-83.0364 15</circle>')
  })

  it('escapes hostile text and still validates', () => {
    const xml = buildCapMessage(
      alert({
        text: {
          en: { event: 'Test <b>&', headline: '</headline><evil/>', description: 'a\u0001b "q"' },
        },
      }),
      issuer,
    )
    valid(xml)
    expect(xml).toContain('<headline>&lt;/headline&gt;&lt;evil/&gt;</headline>')
    expect(xml).toContain('<description>ab &quot;q&quot;</description>')
  })

  it.each<[string, Partial<CapMessage>, RegExp]>([
    [
      'polygon not closed',
      { areas: [{ areaDesc: { en: 'X' }, polygons: ['1,1 2,2 3,3 4,4'] }] },
      /Area 1 polygon: the polygon is not closed/,
    ],
    [
      'coordinates out of range',
      { areas: [{ areaDesc: { en: 'X' }, circles: ['95,10 5'] }] },
      /Area 1 circle: the centre has latitude 95/,
    ],
    [
      'expiry before effect',
      { effective: new Date('2026-11-30T00:00:00Z') },
      /Expires must be later than Effective/,
    ],
    [
      'expiry before sending',
      { expires: new Date('2026-11-27T14:00:00Z') },
      /Expires must be later than Effective/,
    ],
    [
      'Update without references',
      { msgType: 'Update' },
      /An Update must name the bulletin it follows/,
    ],
    [
      'Cancel without references',
      { msgType: 'Cancel' },
      /A Cancel must name the bulletin it follows/,
    ],
    ['no category', { category: [] }, /Category/],
    ['no area', { areas: [] }, /Areas/],
    [
      'empty area description',
      { areas: [{ areaDesc: { en: ' ' } }] },
      /Area 1: the description is empty/,
    ],
    ['identifier with a comma', { identifier: 'a,b' }, /Identifier "a,b"/],
  ])('refuses %s with a clear error', (_label, overrides, message) => {
    expect(() => buildCapMessage(alert(overrides), issuer)).toThrow(CapInputError)
    expect(() => buildCapMessage(alert(overrides), issuer)).toThrow(message)
  })
})
