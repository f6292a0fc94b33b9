import type { Where } from 'payload'

import { type Actor, hasAnyRole, isStaff } from './core/roles'

const isAdmin = (actor: Actor): boolean => hasAnyRole(actor, ['admin'])

/**
 * Colleagues' names and roles show beside every item they wrote or approved, so staff see staff.
 */
export const staffReadUsers = (actor: Actor): boolean => isStaff(actor)

export const adminOnly = (actor: Actor): boolean => isAdmin(actor)

/** Everyone keeps their own profile up to date; only an admin edits someone else's. */
export const adminOrSelf = (actor: Actor): boolean | Where => {
  if (!actor) return false
  if (isAdmin(actor)) return true
  return isStaff(actor) ? { id: { equals: actor.id } } : false
}

/** An admin removes accounts, but never their own: the last admin must not lock everyone out. */
export const adminButNotSelf = (actor: Actor): boolean | Where =>
  isAdmin(actor) && actor ? { id: { not_equals: actor.id } } : false

/** Only staff with a role reach the admin panel; an account with no role sees nothing. */
export const staffOnly = (actor: Actor): boolean => isStaff(actor)
