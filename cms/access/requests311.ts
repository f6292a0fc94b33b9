import type { Where } from 'payload'

import { hasAnyRole, isStaff, type Actor } from './core/roles'
import { departmentOf, isDeskStaff, isOwnOrDepartments } from './desk'

/**
 * 311 requests hold reporters' personal information (MFIPPA). The 311 desk (agents, communications
 * managers, admins) sees every request; other staff see those routed to their department or
 * assigned to them. The public reads requests only through Open311 and the status pages, which
 * carry no personal data. The catalogue and the API clients are kept by managers.
 */
export const requestsFor = (actor: Actor): boolean | Where => {
  if (!actor || !isStaff(actor)) return false
  if (isDeskStaff(actor)) return true
  const department = departmentOf(actor as Parameters<typeof departmentOf>[0])
  const own: Where[] = [{ assignee: { equals: actor.id } }]
  if (department !== null) own.push({ department: { equals: department } })
  return { or: own }
}

export const mayWorkOnRequest = (
  actor: Actor,
  request: { assignee?: unknown; department?: unknown },
): boolean =>
  Boolean(actor && isStaff(actor)) && (isDeskStaff(actor) || isOwnOrDepartments(actor, request))

/** The catalogue, the address register, routing and API keys. */
export const isCatalogueKeeper = (actor: Actor) =>
  hasAnyRole(actor, ['admin', 'communications-manager'])

/** A request's photos are seen by whoever sees the request (through its department or assignee). */
export const requestPhotosFor = (actor: Actor): boolean | Where => {
  const access = requestsFor(actor)
  if (typeof access === 'boolean') return access
  const department = departmentOf(actor as Parameters<typeof departmentOf>[0])
  const own: Where[] = [{ 'request.assignee': { equals: actor!.id } }]
  if (department !== null) own.push({ 'request.department': { equals: department } })
  return { or: own }
}

/**
 * Public copies: staff who see the request see them before approval; everyone else only approved
 * ones.
 */
export const photoCopiesFor = (actor: Actor): boolean | Where => {
  const staff = requestPhotosFor(actor)
  if (staff === true) return true
  const approved: Where = { public: { equals: true } }
  return staff === false ? approved : { or: [approved, staff] }
}
