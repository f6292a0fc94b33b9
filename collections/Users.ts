import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { limitAuthAttempts } from '../cms/access/authLimits'
import { ROLE_LABELS, ROLES } from '../cms/access/core/roles'
import {
  adminButNotSelf,
  adminOnly,
  adminOrSelf,
  staffOnly,
  staffReadUsers,
} from '../cms/access/users'
import { messages } from '../cms/core/text/messages'
import { isPhoneNumber } from '../cms/core/text/phone'
import { DEPARTMENTS, USERS } from '../cms/core/slugs'
import { currentSettings } from '../cms/settings'

/**
 * The very first account (created on the admin's first-user screen of an empty database) must be
 * able to create the others, so it is made an admin whatever it asked for.
 */
const firstAccountIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: USERS, overrideAccess: true, req })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}

export const Users: CollectionConfig = {
  slug: USERS,
  labels: {
    singular: { en: 'Staff member', fr: 'Membre du personnel' },
    plural: { en: 'Staff', fr: 'Personnel' },
  },
  auth: {
    // A working day; after that, sign in again (shared office machines).
    tokenExpiration: 8 * 60 * 60,
    // Five wrong passwords lock the account for 10 minutes: slows guessing, rarely bothers a
    // person.
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    // Sessions (Payload's default, said out loud): signing out ends the token, not just the cookie.
    useSessions: true,
    // Lax: the cookie rides along when someone follows a link from an email into the admin, never
    // on a POST started by another site (Payload's origin check refuses those too).
    cookies: {
      sameSite: 'Lax',
      secure: currentSettings().secureCookies,
    },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['firstName', 'lastName', 'department', 'roles', 'email'],
    group: 'Administration',
  },
  access: {
    admin: ({ req }) => staffOnly(req.user),
    read: ({ req }) => staffReadUsers(req.user),
    create: ({ req }) => adminOnly(req.user),
    update: ({ req }) => adminOrSelf(req.user),
    delete: ({ req }) => adminButNotSelf(req.user),
  },
  hooks: { beforeChange: [firstAccountIsAdmin], beforeOperation: [limitAuthAttempts] },
  fields: [
    { name: 'firstName', type: 'text', required: true },
    { name: 'lastName', type: 'text', required: true },
    {
      name: 'department',
      type: 'relationship',
      relationTo: DEPARTMENTS,
      index: true,
      admin: {
        description:
          'Staff sign replies with their first name and department; without one, a person cannot reply to customers.',
      },
    },
    {
      name: 'phone',
      type: 'text',
      validate: (value: unknown) => !value || isPhoneNumber(String(value)) || messages.phoneInvalid,
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['communications-writer'],
      saveToJWT: true,
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      // Nobody grants themselves rights: only an admin sets roles.
      access: {
        create: ({ req }) => adminOnly(req.user),
        update: ({ req }) => adminOnly(req.user),
      },
      admin: { position: 'sidebar' },
    },
  ],
}
