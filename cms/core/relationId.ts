/**
 * A document's id: a number on SQLite and PostgreSQL, a string (ObjectId) on MongoDB. Code that
 * runs on every database takes this, never one of the two.
 */
export type Id = number | string

/**
 * The id of a relationship value, whether Payload returned it populated (`{ id, … }`) or as a bare
 * id.
 */
export const relationId = (value: unknown): Id | null | undefined =>
  value && typeof value === 'object' && 'id' in value
    ? (value as { id: Id }).id
    : (value as Id | null | undefined)

/**
 * An id written into a relationship field. The generated types say `number` (SQLite and
 * PostgreSQL); on MongoDB the same field holds a string id, so this is the one place the two are
 * reconciled.
 */
export function relationTo(id: Id): number
export function relationTo(id: Id | null | undefined): number | null
export function relationTo(id: Id | null | undefined): number | null {
  return (id ?? null) as number | null
}
