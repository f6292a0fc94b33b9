import type { Payload } from 'payload'

import { PUSH_KEYS } from '../core/slugs'
import type { Settings } from '../settings'
import { newVapidKeys, type Vapid } from './send'

type Stored = { publicKey?: string | null; privateKey?: string | null }

/** Keys are read again this often, so every process follows the pair the first start stored. */
const CACHE_MS = 10_000
let cached: { at: number; keys: Vapid } | null = null

const read = async (payload: Payload): Promise<Stored> =>
  (await payload.findGlobal({
    slug: PUSH_KEYS,
    overrideAccess: true,
    showHiddenFields: true,
    depth: 0,
  })) as Stored

/**
 * The City's VAPID keys: the environment's (VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY), else the pair
 * in the database, made and stored at the first start (`npm start` asks under its start-up lock; a
 * process that finds none later makes it then). Browsers subscribe with the public key; a new pair
 * would orphan every subscription, so a stored pair is never replaced.
 */
export const vapidKeys = async (payload: Payload, settings: Settings): Promise<Vapid> => {
  if (settings.push.vapid) return { subject: settings.push.subject, ...settings.push.vapid }
  if (cached && Date.now() - cached.at < CACHE_MS) return cached.keys
  let stored = await read(payload)
  if (!stored.publicKey || !stored.privateKey) {
    const made = newVapidKeys()
    await payload.updateGlobal({
      slug: PUSH_KEYS,
      data: { ...made, generatedAt: new Date().toISOString() },
      overrideAccess: true,
      depth: 0,
    })
    payload.logger.info('Made the Web Push (VAPID) key pair and stored it.')
    // Two first starts at once: both read back what was written last, and use that one.
    stored = await read(payload)
  }
  const keys = {
    subject: settings.push.subject,
    publicKey: String(stored.publicKey),
    privateKey: String(stored.privateKey),
  }
  cached = { at: Date.now(), keys }
  return keys
}
