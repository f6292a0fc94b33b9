import type { Access, PayloadRequest } from 'payload'

import { DEPARTMENTS } from '../core/slugs'
import { isStaff } from './core/roles'
import { isDeskManager } from './desk'

/** The departments this person manages (a department's `manager`), by id. */
export const managedDepartments = async (req: PayloadRequest): Promise<string[]> => {
  if (!req.user) return []
  const { docs } = await req.payload.find({
    collection: DEPARTMENTS,
    where: { manager: { equals: req.user.id } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.map((d) => String(d.id))
}

const idOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as { id: unknown }).id : value

/**
 * The desk's macros are its content: whoever works on cases reads them; the desk's managers
 * (communications managers, admins) write every one, a department's manager their department's.
 * Only the desk's managers write the shared ones (no department).
 */
export const macroAccess: Record<'read' | 'create' | 'update' | 'delete', Access> = {
  read: ({ req }) => isStaff(req.user),
  create: async ({ req, data }) => {
    if (isDeskManager(req.user)) return true
    const department = idOf(data?.department)
    return department != null && (await managedDepartments(req)).includes(String(department))
  },
  update: async ({ req }) => {
    if (isDeskManager(req.user)) return true
    const mine = await managedDepartments(req)
    return mine.length ? { department: { in: mine } } : false
  },
  delete: async ({ req }) => {
    if (isDeskManager(req.user)) return true
    const mine = await managedDepartments(req)
    return mine.length ? { department: { in: mine } } : false
  },
}

/**
 * A department's manager cannot move a macro to another department or make it shared: the
 * department field's check, named in the error.
 */
export const departmentTheyManage = async (value: unknown, req: PayloadRequest) => {
  // The system (counting uses) and the desk's managers may write any department.
  if (!req.user || isDeskManager(req.user)) return true
  const department = idOf(value)
  if (department == null)
    return 'Only the desk’s managers keep shared macros: choose your department.'
  return (await managedDepartments(req)).includes(String(department))
    ? true
    : 'Choose a department you manage.'
}
