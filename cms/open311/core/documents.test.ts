import { describe, expect, it } from 'vitest'

import {
  discovery,
  publicDescription,
  requestView,
  serviceDefinition,
  serviceList,
  w3cTime,
} from './documents'
import { toXml } from './xml'

const pothole = {
  code: 'POTHOLE',
  name: 'Pothole',
  nameFr: 'Nid-de-poule',
  description: 'A hole in the road',
  descriptionFr: 'Un trou dans la chaussée',
  group: 'Roads',
  keywords: ['road', 'hole'],
  attributes: [
    {
      code: 'size',
      datatype: 'singlevaluelist' as const,
      required: true,
      description: 'How big?',
      descriptionFr: 'Quelle taille?',
      order: 1,
      values: [{ key: 'small', name: 'Small', nameFr: 'Petit' }],
    },
  ],
}

describe('Open311 documents', () => {
  it('lists services in the asked language', () => {
    expect(serviceList([pothole], 'fr')[0]).toEqual({
      service_code: 'POTHOLE',
      service_name: 'Nid-de-poule',
      description: 'Un trou dans la chaussée',
      metadata: true,
      type: 'realtime',
      keywords: 'road, hole',
      group: 'Roads',
    })
    expect(serviceList([{ ...pothole, attributes: [] }], 'en')[0]!.metadata).toBe(false)
  })

  it('defines a service’s attributes with their values', () => {
    const definition = serviceDefinition(pothole, 'en')
    expect(definition.attributes[0]).toEqual({
      variable: true,
      code: 'size',
      datatype: 'singlevaluelist',
      required: true,
      datatype_description: '',
      order: 1,
      description: 'How big?',
      values: [{ key: 'small', name: 'Small' }],
    })
  })

  it('writes times with the City’s offset, summer and winter', () => {
    expect(w3cTime('2026-12-02T15:04:05Z')).toBe('2026-12-02T10:04:05-05:00')
    expect(w3cTime('2026-07-01T15:04:05Z')).toBe('2026-07-01T11:04:05-04:00')
    expect(w3cTime(null)).toBeNull()
  })

  it('shows a request without its reporter and without contact details typed into it', () => {
    const view = requestView({
      reference: 'SR-2026-000001',
      state: 'assigned',
      serviceCode: 'POTHOLE',
      serviceName: 'Pothole',
      description: 'Deep hole. Call me at 519-555-0199 or jo@example.com',
      requestedAt: '2026-12-02T15:00:00Z',
      updatedAt: '2026-12-02T15:00:00Z',
      lat: 42.1,
      long: -82.9,
    })
    expect(view.status).toBe('open')
    expect(view.description).toBe('Deep hole. Call me at [removed] or [removed]')
    expect(JSON.stringify(view)).not.toMatch(/555|example\.com/)
    expect(publicDescription('Unit 12, 2 lanes')).toBe('Unit 12, 2 lanes')
  })

  it('serialises to the XML the standard shows, escaping text', () => {
    const xml = toXml('services', serviceList([{ ...pothole, name: 'Pot & <hole>' }], 'en'))
    expect(xml).toContain('<services>\n  <service>\n    <service_code>POTHOLE</service_code>')
    expect(xml).toContain('<service_name>Pot &amp; &lt;hole&gt;</service_name>')
    const definition = toXml('service_definition', serviceDefinition(pothole, 'en'))
    expect(definition).toMatch(
      /<attributes>\s*<attribute>[\s\S]*<values>\s*<value>\s*<key>small<\/key>/,
    )
    expect(toXml('errors', [{ code: 400, description: 'bad' }])).toContain(
      '<errors>\n  <error>\n    <code>400</code>\n    <description>bad</description>',
    )
    const found = toXml(
      'discovery',
      discovery({
        endpoint: 'https://x/open311/v2/',
        changeset: 'c',
        contact: 'k',
        keyService: 'key',
      }),
    )
    expect(found).toContain('<formats>\n        <format>application/json</format>')
  })
})
