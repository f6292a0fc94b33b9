import { createHash, randomBytes } from 'node:crypto'

import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, Payload } from 'payload'

import { API_CLIENTS } from '../core/slugs'

/**
 * Open311 API keys: made when a client is created, shown in that answer only, kept as a SHA-256
 * hash (a key is long and random, so a plain hash is enough to make a leaked table useless).
 */

const PREFIX_LENGTH = 12

export const hashKey = (key: string) => createHash('sha256').update(key).digest('hex')

export const newApiKey = () => `o311_${randomBytes(24).toString('base64url')}`

export const issueApiKey: CollectionBeforeChangeHook = ({ data, operation, context }) => {
  if (operation !== 'create') return data
  const key = newApiKey()
  context.newApiKey = key
  return { ...data, keyHash: hashKey(key), keyPrefix: key.slice(0, PREFIX_LENGTH) }
}

/** The create answer carries `apiKey`; no read ever does again. */
export const returnNewKeyOnce: CollectionAfterChangeHook = ({ doc, operation, context }) =>
  operation === 'create' && typeof context.newApiKey === 'string'
    ? { ...doc, apiKey: context.newApiKey }
    : doc

export type ApiClient = {
  id: number | string
  name: string
  rateLimitPerHour: number
  active?: boolean | null
  lastUsedAt?: string | null
  callbackUrl?: string | null
  callbackSecret?: string | null
}

/** The active client holding this key, or null. */
export const clientForKey = async (payload: Payload, key: unknown): Promise<ApiClient | null> => {
  if (typeof key !== 'string' || !key.startsWith('o311_') || key.length > 200) return null
  const { docs } = await payload.find({
    collection: API_CLIENTS,
    where: {
      and: [
        { keyPrefix: { equals: key.slice(0, PREFIX_LENGTH) } },
        { keyHash: { equals: hashKey(key) } },
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const client = docs[0]
  return client && client.active !== false ? client : null
}
