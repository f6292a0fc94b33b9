import type { Migration, Payload } from 'payload'

/**
 * Applies the committed migrations for the database in use. The generated lists are typed for each
 * adapter's own migration arguments; Payload's shared `migrate` takes them as `unknown`, so the
 * lists are handed over as its general type here, in the adapter layer.
 */
export const applyMigrations = async (payload: Payload, migrations: readonly unknown[]) => {
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
