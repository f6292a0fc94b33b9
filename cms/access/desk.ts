import type { Where } from 'payload'

import { type Actor, hasAnyRole, isStaff, type Role } from './core/roles'

/**
 * Correspondence is personal information (MFIPPA): the desk (agents and communications managers)
 * and admins see every case; any other staff member sees the cases assigned to them or to their
 * department, and sponsorship coordinators the sponsorship cases they answer. The public sees none.
 */
const DESK: readonly Role[] = ['admin', 'communications-manager', 'desk-agent']

export const isDeskStaff = (actor: Actor) => hasAnyRole(actor, DESK)
export const isAdmin = (actor: Actor) => hasAnyRole(actor, ['admin'])
/** Departments and the desk's settings are the organisation's: managers keep them. */
export const isDeskManager = (actor: Actor) =>
  hasAnyRole(actor, ['admin', 'communications-manager'])

type WithDepartment = Actor & { department?: number | string | { id: number | string } | null }

export const departmentOf = (actor: WithDepartment) =>
  actor && actor.department
    ? typeof actor.department === 'object'
      ? actor.department.id
      : actor.department
    : null

/** The cases a staff member may read and work on: all for the desk, else theirs. */
export const casesFor = (actor: Actor): boolean | Where => {
  if (!actor || !isStaff(actor)) return false
  if (isDeskStaff(actor)) return true
  const department = departmentOf(actor as WithDepartment)
  const own: Where[] = [{ assignee: { equals: actor.id } }]
  if (department !== null) own.push({ department: { equals: department } })
  if (hasAnyRole(actor, ['sponsorship-coordinator'])) own.push({ kind: { equals: 'sponsorship' } })
  return { or: own }
}

const idOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as { id: unknown }).id : value

/** Assigned to this person, or to their department: who works on a case or a 311 request. */
export const isOwnOrDepartments = (
  actor: Actor,
  record: { assignee?: unknown; department?: unknown },
): boolean => {
  if (!actor) return false
  const department = departmentOf(actor as WithDepartment)
  return (
    String(idOf(record.assignee) ?? '') === String(actor.id) ||
    (department !== null && String(idOf(record.department) ?? '') === String(department))
  )
}

/** Whether this person may work on this case (the rule above, for one loaded case). */
export const mayWorkOn = (
  actor: Actor,
  c: { assignee?: unknown; department?: unknown; kind?: unknown },
): boolean => {
  if (!actor || !isStaff(actor)) return false
  if (isDeskStaff(actor)) return true
  return (
    isOwnOrDepartments(actor, c) ||
    (hasAnyRole(actor, ['sponsorship-coordinator']) && c.kind === 'sponsorship')
  )
}

export const anyStaff = (actor: Actor) => isStaff(actor)
