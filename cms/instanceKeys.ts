import type { Payload } from 'payload'

/**
 * Payload's REST handler finds its instance through the getPayload cache key. Scripts and tests
 * open instances under their own keys; remember which key opened which instance so code holding an
 * instance can call REST against that same one (the Next server uses the default key: undefined).
 */
const keys = new WeakMap<Payload, string>()

export const rememberCacheKey = (payload: Payload, key: string): void => void keys.set(payload, key)
export const cacheKeyOf = (payload: Payload): string | undefined => keys.get(payload)
