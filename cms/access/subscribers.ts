import { type Actor, hasAnyRole, isStaff } from './core/roles'

/**
 * Subscribers are residents' personal data (CASL, MFIPPA): only admins and communications managers
 * see or change them, to answer a resident's request. Nobody creates one through the API: people
 * subscribe through the public double opt-in endpoint.
 */
export const mayManageSubscribers = (actor: Actor): boolean =>
  hasAnyRole(actor, ['admin', 'communications-manager'])

/** Send progress is for all staff; the per-recipient outbox (addresses) only for admins. */
export const staffSeeSends = (actor: Actor): boolean => isStaff(actor)
export const adminSeesDeliveries = (actor: Actor): boolean => hasAnyRole(actor, ['admin'])

/**
 * Residents' push subscriptions and mobile numbers: admins and managers read and delete them (to
 * answer a resident); nobody creates or edits one through the API (the public endpoints and the
 * gateway's webhook write them).
 */
export const residentContactAccess = {
  read: ({ req }: { req: { user: Actor } }) => mayManageSubscribers(req.user),
  create: () => false,
  update: () => false,
  delete: ({ req }: { req: { user: Actor } }) => mayManageSubscribers(req.user),
}
