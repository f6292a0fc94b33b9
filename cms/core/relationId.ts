/** The id of a relationship value, whether Payload returned it populated (`{ id, … }`) or as a bare id. */
export const relationId = (value: unknown): number | string | null | undefined =>
  value && typeof value === 'object' && 'id' in value
    ? (value as { id: number | string }).id
    : (value as number | string | null | undefined)

/**
 * An id written into a relationship field. The generated types say `number` (SQLite and PostgreSQL);
 * on MongoDB the same field holds a string id, so this is the one place the two are reconciled.
 */
export function relationTo(id: number | string): number
export function relationTo(id: number | string | null | undefined): number | null
export function relationTo(id: number | string | null | undefined): number | null {
  return (id ?? null) as number | null
}
