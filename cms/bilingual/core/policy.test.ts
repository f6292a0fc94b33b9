import { describe, expect, it } from 'vitest'

import { frenchBlocksPublish, policyFrom, reminderDue } from './policy'

const english = { title: 'Road closed', summary: 'Main Street is closed.', body: 'Detour.' }

describe('the French-required rule', () => {
  const policy = policyFrom({ frenchRequired: ['publications'] })

  it('refuses publish and schedule of a required type without French, naming the fields', () => {
    for (const action of ['publish', 'schedule'])
      expect(
        frenchBlocksPublish({ policy, collection: 'publications', action, english, french: null }),
      ).toEqual(['fr.title', 'fr.summary', 'fr.body'])
  })

  it('lets everything else through', () => {
    const base = { policy, english, french: null }
    expect(
      frenchBlocksPublish({ ...base, collection: 'media-releases', action: 'publish' }),
    ).toEqual([])
    for (const action of ['submit', 'approve', 'urgent-publish', 'withdraw'])
      expect(frenchBlocksPublish({ ...base, collection: 'publications', action })).toEqual([])
    expect(
      frenchBlocksPublish({
        ...base,
        collection: 'publications',
        action: 'publish',
        french: { title: 'Route fermée', summary: 'La rue Main est fermée.', body: 'Détour.' },
      }),
    ).toEqual([])
  })

  it('reads a policy never saved as nothing required, reminders every 15 minutes', () => {
    expect(policyFrom(null)).toEqual({ frenchRequired: [], reminderMinutes: 15 })
    expect(policyFrom({ reminderMinutes: 2 }).reminderMinutes).toBe(15)
    expect(policyFrom({ reminderMinutes: 30 }).reminderMinutes).toBe(30)
  })
})

describe('reminders about alerts in English only', () => {
  const published = '2026-12-02T12:00:00Z'
  const at = (minutes: number) => new Date(Date.parse(published) + minutes * 60_000)

  it('are due once per interval after publishing, numbered so each goes out once', () => {
    expect(reminderDue(published, at(0), 15)).toBeNull()
    expect(reminderDue(published, at(14.9), 15)).toBeNull()
    expect(reminderDue(published, at(15), 15)).toBe(1)
    expect(reminderDue(published, at(29), 15)).toBe(1)
    expect(reminderDue(published, at(45), 15)).toBe(3)
    expect(reminderDue(null, at(45), 15)).toBeNull()
  })
})
