import type { CollectionConfig } from 'payload'

import { isDeskStaff } from '../cms/access/desk'
import { CORRESPONDENCE, DESK_AUDIT, USERS } from '../cms/core/slugs'

const nobody = () => false

/**
 * Every change to a case (opened, routed, assigned, replied, closed, reopened, anonymised,
 * exported), written once by the desk's services and never changed.
 */
export const DeskAudit: CollectionConfig = {
  slug: DESK_AUDIT,
  labels: {
    singular: { en: 'Desk audit entry', fr: 'Entrée du journal du service à la clientèle' },
    plural: { en: 'Desk audit', fr: 'Journal du service à la clientèle' },
  },
  admin: {
    useAsTitle: 'action',
    defaultColumns: ['at', 'case', 'action', 'actorName', 'details'],
    group: 'Customer service',
  },
  access: {
    read: ({ req }) => isDeskStaff(req.user),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  timestamps: false,
  fields: [
    { name: 'case', type: 'relationship', relationTo: CORRESPONDENCE, index: true },
    { name: 'action', type: 'text', required: true, index: true },
    { name: 'actor', type: 'relationship', relationTo: USERS },
    {
      name: 'actorName',
      type: 'text',
      admin: { description: 'Kept as written, even if the account is renamed or removed.' },
    },
    { name: 'details', type: 'textarea' },
    { name: 'at', type: 'date', required: true, index: true },
  ],
}
