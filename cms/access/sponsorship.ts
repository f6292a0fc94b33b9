import { type Actor, hasAnyRole, type Role } from './core/roles'

/**
 * Sponsor inquiries hold personal data (names, emails, phone numbers) and commercial terms: only
 * the people who answer them and their managers see them. Writers and emergency officers have no
 * need.
 */
const SPONSORSHIP_STAFF: readonly Role[] = [
  'admin',
  'communications-manager',
  'sponsorship-coordinator',
]
/** Approves flagged or large sponsorships, edits the policy and the City calendar. */
const SPONSORSHIP_APPROVERS: readonly Role[] = ['admin', 'communications-manager']

export const isSponsorshipStaff = (actor: Actor) => hasAnyRole(actor, SPONSORSHIP_STAFF)
export const isSponsorshipApprover = (actor: Actor) => hasAnyRole(actor, SPONSORSHIP_APPROVERS)
export const isAdmin = (actor: Actor) => hasAnyRole(actor, ['admin'])
