import type { CollectionConfig } from 'payload'

import { INTAKE_RECEIPTS } from '../cms/core/slugs'

const nobody = () => false

/**
 * One row per thing that came in from outside and must be acted on once: a gateway's webhook (its
 * MessageSid), an app's report (its Idempotency-Key). The unique key is what makes a replay or a
 * retry a no-op; the first answer is kept to be given again. Rows expire (7 days for webhooks).
 */
export const IntakeReceipts: CollectionConfig = {
  slug: INTAKE_RECEIPTS,
  labels: {
    singular: { en: 'Intake receipt', fr: 'Accusé d’entrée' },
    plural: { en: 'Intake receipts', fr: 'Accusés d’entrée' },
  },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true },
    { name: 'scope', type: 'text', index: true },
    { name: 'action', type: 'text' },
    { name: 'at', type: 'date', required: true, index: true },
    { name: 'expiresAt', type: 'date', required: true, index: true },
    { name: 'answer', type: 'json' },
  ],
}
