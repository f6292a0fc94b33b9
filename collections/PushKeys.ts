import type { GlobalConfig } from 'payload'

import { isAdmin } from '../cms/access/desk'
import { PUSH_KEYS } from '../cms/core/slugs'

const nobody = () => false

/**
 * The City's VAPID key pair for Web Push, when the environment gives none: made at the first start
 * and kept here, so every process signs with the same key and browsers' subscriptions stay valid
 * across restarts. The private key is never read through the API (not even by admins).
 */
export const PushKeys: GlobalConfig = {
  slug: PUSH_KEYS,
  label: { en: 'Web Push keys', fr: 'Clés des notifications Web' },
  admin: { group: 'Email', hidden: ({ user }) => !isAdmin(user) },
  access: { read: ({ req }) => isAdmin(req.user), update: nobody },
  fields: [
    { name: 'publicKey', type: 'text', admin: { readOnly: true } },
    {
      name: 'privateKey',
      type: 'text',
      access: { read: nobody, update: nobody, create: nobody },
      admin: { hidden: true },
    },
    { name: 'generatedAt', type: 'date', admin: { readOnly: true } },
  ],
}
