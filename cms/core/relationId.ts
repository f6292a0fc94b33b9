/** The id of a relationship value, whether Payload returned it populated (`{ id, … }`) or as a bare id. */
export const relationId = (value: unknown): number | string | null | undefined =>
  value && typeof value === 'object' && 'id' in value
    ? (value as { id: number | string }).id
    : (value as number | string | null | undefined)
