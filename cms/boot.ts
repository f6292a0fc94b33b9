import { getPayload, type Migration, type Payload } from 'payload'

import { checkDatabase } from './db/preflight'
import { rememberCacheKey } from './instanceKeys'
import { migrations } from './migrations'
import { currentSettings } from './settings'

/**
 * Opens Payload outside Next.js (start script, seed, tests) and brings the schema up to date from the
 * committed migrations. Read settings from the environment at call time: callers set DATABASE_URL
 * first, and the config module reads it when first imported.
 */
export const openPayload = async (
  options: { key?: string; cron?: boolean } = {},
): Promise<Payload> => {
  const settings = currentSettings()
  // Creates the SQLite folder if missing and turns an unusable database into one clear sentence.
  await checkDatabase(settings.database)
  const { default: config } = await import('./payload.config')
  const payload = await getPayload({ config, key: options.key, cron: options.cron ?? false })
  if (options.key) rememberCacheKey(payload, options.key)
  if (settings.database.kind === 'sqlite') {
    // The generated list is typed for the SQLite adapter; Payload's shared signature takes `unknown` args.
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  }
  return payload
}
