import type { Where } from 'payload'

import { type Actor, hasAnyRole, isStaff } from './core/roles'

/**
 * Files used on internal publications stay inside; everything else is served to the public site.
 */
export const staffOrPublicMedia = (actor: Actor): boolean | Where =>
  isStaff(actor) ? true : { audience: { equals: 'public' } }

export const anyStaff = (actor: Actor): boolean => isStaff(actor)

export const mediaManagers = (actor: Actor): boolean =>
  hasAnyRole(actor, ['admin', 'communications-manager'])
