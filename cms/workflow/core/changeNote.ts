/**
 * A change note: what publishing an edit of a live item may carry, to say what changed ("the
 * boil-water area now includes Elm Street"). With `notify`, a major change: the item's subscribers
 * are told once; without, a minor one that only the page shows. Read once from the request, the
 * error naming its field.
 */
export type ChangeNote = { note: string; noteFr: string | null; notify: boolean }
export type ChangeNoteField = 'changeNote' | 'changeNoteFr' | 'notify'
export type ChangeNoteResult =
  { ok: true; value: ChangeNote | null } | { ok: false; field: ChangeNoteField; message: string }

/** About three sentences: a note says what changed, the item says the rest. */
export const CHANGE_NOTE_MAX = 500

/** The actions that publish an edit. */
const PUBLISHING = new Set(['publish', 'urgent-publish'])

const fail = (field: ChangeNoteField, message: string): ChangeNoteResult => ({
  ok: false,
  field,
  message,
})

const text = (value: unknown) =>
  typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : value

const readNotify = (value: unknown): boolean | null => {
  if (value === undefined || value === null || value === '' || value === false) return false
  if (value === true) return true
  if (typeof value === 'string' && ['true', 'on', '1', 'yes'].includes(value.toLowerCase()))
    return true
  if (typeof value === 'string' && ['false', 'off', '0', 'no'].includes(value.toLowerCase()))
    return false
  return null
}

export const readChangeNote = (
  input: { changeNote?: unknown; changeNoteFr?: unknown; notify?: unknown },
  context: { action: string; wasLive: boolean },
): ChangeNoteResult => {
  const note = text(input.changeNote)
  const noteFr = text(input.changeNoteFr)
  const notify = readNotify(input.notify)
  if (notify === null) return fail('notify', '`notify` is true or false.')
  const given = Boolean(note) || Boolean(noteFr) || notify
  if (!given) return { ok: true, value: null }
  if (!PUBLISHING.has(context.action))
    return fail(
      'changeNote',
      'A change note goes with publishing an edit (publish or urgent-publish).',
    )
  if (!context.wasLive)
    return fail(
      'changeNote',
      'This is the first publication: a change note is for an edit of a live item.',
    )
  for (const [field, value] of [
    ['changeNote', note],
    ['changeNoteFr', noteFr],
  ] as const) {
    if (value !== '' && value !== undefined && value !== null && typeof value !== 'string')
      return fail(field, `\`${field}\` is text.`)
    if (typeof value === 'string' && value.length > CHANGE_NOTE_MAX)
      return fail(field, `\`${field}\` is at most ${CHANGE_NOTE_MAX} characters.`)
  }
  if (!note)
    return fail(
      'changeNote',
      notify
        ? 'Say what changed in `changeNote`: subscribers are told it.'
        : 'Say what changed in `changeNote` (in English; `changeNoteFr` in French).',
    )
  return {
    ok: true,
    value: { note: note as string, noteFr: (noteFr as string) || null, notify },
  }
}
