import { randomUUID } from 'node:crypto'

import type { Field, FieldHook } from 'payload'

/**
 * The item's permanent identity, set once when it is created and never changed or reused: feed
 * GUIDs, CAP identifiers, email send keys and Message-IDs derive from it, not from the row id (a
 * database can hand a deleted row's id to the next row; a restore or import can too). Items that
 * existed before the field keep their row id as their uid, so the identities they already published
 * stay the same.
 */
const keepOrMint: FieldHook = ({ operation, originalDoc, value, req }) => {
  if (operation === 'create')
    return req.context?.importUid && typeof value === 'string' && value ? value : randomUUID()
  return (originalDoc as { uid?: string } | undefined)?.uid || value || randomUUID()
}

export const uidField = (): Field => ({
  name: 'uid',
  type: 'text',
  unique: true,
  index: true,
  admin: {
    readOnly: true,
    position: 'sidebar',
    description:
      'Permanent identity (feeds, CAP, email). Set once; never reused, even after deletion.',
  },
  access: { update: () => false },
  hooks: { beforeChange: [keepOrMint] },
})
