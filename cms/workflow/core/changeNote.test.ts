import { describe, expect, it } from 'vitest'

import { CHANGE_NOTE_MAX, readChangeNote } from './changeNote'

const publish = { action: 'publish', wasLive: true }

describe('reading a change note', () => {
  it('is nothing when nothing is given, whatever the action', () => {
    expect(readChangeNote({}, { action: 'submit', wasLive: false })).toEqual({
      ok: true,
      value: null,
    })
    expect(readChangeNote({ changeNote: '  ', notify: 'false' }, publish)).toEqual({
      ok: true,
      value: null,
    })
  })

  it('keeps the note, its French and notify, spaces tidied', () => {
    expect(
      readChangeNote(
        {
          changeNote: ' The area now\n includes Elm Street. ',
          changeNoteFr: 'Rue Elm ajoutée.',
          notify: true,
        },
        publish,
      ),
    ).toEqual({
      ok: true,
      value: {
        note: 'The area now includes Elm Street.',
        noteFr: 'Rue Elm ajoutée.',
        notify: true,
      },
    })
    for (const notify of ['on', 'true', '1', 'yes'])
      expect(readChangeNote({ changeNote: 'x', notify }, publish)).toMatchObject({
        value: { notify: true },
      })
    expect(
      readChangeNote({ changeNote: 'typo fixed' }, { action: 'urgent-publish', wasLive: true }),
    ).toMatchObject({ value: { notify: false, noteFr: null } })
  })

  it('refuses, naming the field: a first publication, another action, notify without a note, too long, not text', () => {
    const cases: [Parameters<typeof readChangeNote>, string][] = [
      [[{ changeNote: 'x' }, { action: 'publish', wasLive: false }], 'changeNote'],
      [[{ changeNote: 'x' }, { action: 'submit', wasLive: true }], 'changeNote'],
      [[{ notify: true }, publish], 'changeNote'],
      [[{ changeNoteFr: 'seulement' }, publish], 'changeNote'],
      [[{ changeNote: 'x'.repeat(CHANGE_NOTE_MAX + 1) }, publish], 'changeNote'],
      [
        [{ changeNote: 'x', changeNoteFr: 'y'.repeat(CHANGE_NOTE_MAX + 1) }, publish],
        'changeNoteFr',
      ],
      [[{ changeNote: ['x'] }, publish], 'changeNote'],
      [[{ changeNote: 'x', notify: 'maybe' }, publish], 'notify'],
      [[{ changeNote: 'x', notify: { $ne: 1 } }, publish], 'notify'],
    ]
    for (const [args, field] of cases) {
      const result = readChangeNote(...args)
      expect(result.ok, JSON.stringify(args)).toBe(false)
      expect(!result.ok && result.field, JSON.stringify(args)).toBe(field)
    }
  })
})
