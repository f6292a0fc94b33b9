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

/**
 * The ids of a hasMany relationship's value, each once, as the database gives them (numbers must
 * stay numbers on SQLite and PostgreSQL: "1" is refused there as an invalid relationship).
 */
export const relationIds = (values: unknown): Id[] => {
  if (!Array.isArray(values)) return []
  const seen = new Map<string, Id>()
  for (const value of values) {
    const id = relationId(value)
    if (id !== null && id !== undefined && !seen.has(String(id))) seen.set(String(id), id)
  }
  return [...seen.values()]
}

/** A hasMany relationship's ids with `id` added (`on`) or taken out, ready to write. */
export const toggledRelation = (values: unknown, id: Id, on: boolean): number[] =>
  [...relationIds(values).filter((value) => String(value) !== String(id)), ...(on ? [id] : [])].map(
    (value) => relationTo(value),
  )
