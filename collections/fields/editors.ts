import type { Field } from 'payload'

import { isWorkflowWrite } from '../../cms/workflow/guards'
import { USERS } from '../../cms/core/slugs'

const systemOnly = { create: () => false, update: () => false }

/**
 * Who wrote the item and who touched it last. The workflow's "second person" rule reads these, so
 * they are set from the signed-in user and cannot be written through the API.
 */
export const editorFields = (): Field[] => [
  {
    name: 'author',
    type: 'relationship',
    relationTo: USERS,
    access: systemOnly,
    admin: { position: 'sidebar', readOnly: true },
    hooks: {
      beforeChange: [
        ({ operation, req, value }) => (operation === 'create' && req.user ? req.user.id : value),
      ],
    },
  },
  {
    name: 'lastEditedBy',
    type: 'relationship',
    relationTo: USERS,
    access: systemOnly,
    admin: { position: 'sidebar', readOnly: true },
    // A workflow transition is not an edit: the approver acting on an item must not become its
    // editor.
    hooks: {
      beforeChange: [
        ({ context, req, value }) => (req.user && !isWorkflowWrite(context) ? req.user.id : value),
      ],
    },
  },
]
