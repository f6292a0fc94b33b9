/** Staff roles. An account may hold several; the union of their rights applies. */
export const ROLES = [
  'admin',
  'communications-manager',
  'communications-writer',
  'emergency-officer',
  'sponsorship-coordinator',
  'desk-agent',
] as const

export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrator',
  'communications-manager': 'Communications manager (approver)',
  'communications-writer': 'Communications writer',
  'emergency-officer': 'Emergency officer',
  'sponsorship-coordinator': 'Sponsorship coordinator',
  'desk-agent': 'Customer service agent',
}

/**
 * A signed-in person as the rules see them (`null` is the public): the access rules need the roles,
 * audit entries the name. The one Actor type of the project.
 */
export type Actor =
  | {
      id: number | string
      roles?: readonly string[] | null
      email?: string | null
      firstName?: string | null
      lastName?: string | null
    }
  | null
  | undefined

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value)

export const rolesOf = (actor: Actor): Role[] => (actor?.roles ?? []).filter(isRole)

export const hasAnyRole = (actor: Actor, allowed: readonly Role[]): boolean =>
  rolesOf(actor).some((role) => allowed.includes(role))

export const isStaff = (actor: Actor): boolean => rolesOf(actor).length > 0
