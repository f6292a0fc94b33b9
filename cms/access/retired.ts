import type { Where } from 'payload'

import { type Actor, isStaff } from './core/roles'

/**
 * Retired (deleted) items: staff read every record. The public reads only the records of items that
 * were once public, and of those only what the site needs to answer "gone" and to cancel an alert:
 * never the title, the address in clear or who deleted it (field rules in the collection).
 */
export const staffOrOncePublic = (actor: Actor): boolean | Where =>
  isStaff(actor) ? true : { wasPublic: { equals: true } }

export const staffOnlyField = ({ req }: { req: { user?: Actor } }) => isStaff(req.user)
