import { type Actor, hasAnyRole, isStaff } from './core/roles'

/**
 * Subscribers are residents' personal data (CASL, MFIPPA): only admins and communications managers see
 * or change them, to answer a resident's request. Nobody creates one through the API: people subscribe
 * through the public double opt-in endpoint.
 */
export const mayManageSubscribers = (actor: Actor): boolean =>
  hasAnyRole(actor, ['admin', 'communications-manager'])

/** Send progress is for all staff; the per-recipient outbox (addresses) only for admins. */
export const staffSeeSends = (actor: Actor): boolean => isStaff(actor)
export const adminSeesDeliveries = (actor: Actor): boolean => hasAnyRole(actor, ['admin'])
