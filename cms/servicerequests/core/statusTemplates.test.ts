import { describe, expect, it } from 'vitest'

import {
  fillTemplate,
  MAX_TEMPLATE,
  placeholderProblem,
  templatesFor,
  templateText,
  unknownPlaceholders,
} from './statusTemplates'

describe('status templates', () => {
  it('names the placeholders that do not exist, and refuses an empty or long text', () => {
    expect(unknownPlaceholders('Hi {reference}, {servce} at {adress}')).toEqual([
      'servce',
      'adress',
    ])
    expect(
      placeholderProblem('Done: {reference} ({service}) at {address}, {expectedAt}, {agency}'),
    ).toBeNull()
    expect(placeholderProblem('Fixed {Reference}')).toBe(
      'Unknown placeholder {Reference}: use {reference}, {service}, {address}, {expectedAt}, {agency}.',
    )
    expect(placeholderProblem('  ')).toBe('Write the message.')
    expect(placeholderProblem(undefined)).toBe('Write the message.')
    expect(placeholderProblem('x'.repeat(MAX_TEMPLATE + 1))).toMatch(/under 1000/)
    // Braces that are not a placeholder's shape stay text.
    expect(placeholderProblem('Call { 311 } or see {}')).toBe(
      'Unknown placeholder {}: use {reference}, {service}, {address}, {expectedAt}, {agency}.',
    )
  })

  it('fills the request’s facts, and a missing one with what the caller says', () => {
    const text = 'We sent {reference} ({service}, {address}) to {agency}. Expected by {expectedAt}.'
    expect(
      fillTemplate(text, {
        reference: 'SR-2026-000123',
        service: 'Pothole',
        address: '12 Main Street',
        agency: 'the Region',
        expectedAt: 'Friday, December 11, 2026',
      }),
    ).toBe(
      'We sent SR-2026-000123 (Pothole, 12 Main Street) to the Region. Expected by Friday, December 11, 2026.',
    )
    expect(fillTemplate('{reference} {agency} done', { reference: 'SR-1' }, '')).toBe('SR-1 done')
    expect(fillTemplate('At {address}', { address: null }, 'the place on the map')).toBe(
      'At the place on the map',
    )
    // A value is never read as a placeholder again.
    expect(fillTemplate('{address}', { address: '{reference}' })).toBe('{reference}')
  })

  it('picks the service’s own first, then the reason’s, leaving out others and inactive ones', () => {
    const all = [
      { id: 1, service: null, state: 'closed' as const, closingReason: null },
      { id: 2, service: 7, state: 'closed' as const, closingReason: null },
      { id: 3, service: null, state: 'closed' as const, closingReason: 'resolved' as const },
      { id: 4, service: 7, state: 'closed' as const, closingReason: 'resolved' as const },
      { id: 5, service: 8, state: 'closed' as const, closingReason: null },
      { id: 6, service: 7, state: 'in-progress' as const },
      { id: 7, service: 7, state: 'closed' as const, closingReason: 'not-city' as const },
      { id: 8, service: 7, state: 'closed' as const, active: false },
    ]
    expect(
      templatesFor(all, { service: '7', state: 'closed', reason: 'resolved' }).map((t) => t.id),
    ).toEqual([4, 2, 3, 1])
    expect(
      templatesFor(all, { service: 9, state: 'closed', reason: 'duplicate' }).map((t) => t.id),
    ).toEqual([1])
    expect(
      templatesFor(all, { service: 7, state: 'in-progress', reason: null }).map((t) => t.id),
    ).toEqual([6])
  })

  it('gives each language its own text', () => {
    const t = { text: 'Fixed', textFr: 'Réglé' }
    expect(templateText(t, 'en')).toBe('Fixed')
    expect(templateText(t, 'fr')).toBe('Réglé')
  })
})
