import { describe, expect, it } from 'vitest'

import { toXml } from './xml'
import { updateView } from './updates'

describe('an Open311 service request update', () => {
  const update = {
    id: 41,
    reference: 'SR-2026-000123',
    state: 'closed' as const,
    at: '2026-12-07T15:30:00.000Z',
    notes: 'Filled today. Questions: call 519-555-0123 or roads@city.example.',
    mediaUrl: null,
  }

  it('has the fields mySociety’s extension names, with the City’s offset', () => {
    expect(updateView(update)).toEqual({
      update_id: '41',
      service_request_id: 'SR-2026-000123',
      status: 'closed',
      updated_datetime: '2026-12-07T10:30:00-05:00',
      description: 'Filled today. Questions: call [removed] or [removed].',
      media_url: '',
    })
  })

  it('says open for every state before closed', () => {
    for (const state of ['new', 'acknowledged', 'assigned', 'in-progress'] as const)
      expect(updateView({ ...update, state }).status).toBe('open')
  })

  it('is a request_update element in the service_request_updates document', () => {
    const xml = toXml('service_request_updates', [updateView(update)])
    expect(xml).toContain(
      '<service_request_updates>\n  <request_update>\n    <update_id>41</update_id>',
    )
    expect(xml).toContain('<media_url/>')
  })
})
