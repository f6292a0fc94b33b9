import type { Payload } from 'payload'

import { relationTo } from '../core/relationId'
import { drizzleTable } from '../db'
import { ADDRESSES, WARDS } from '../core/slugs'
import { wardAt } from './core/geo'
import { addressLabel, normaliseStreet, searchKey, streetKey } from './core/normalise'
import type { AddressRow, WardRow } from './core/parseFile'
import { forgetStreets, forgetWards, loadWards } from './register'

/**
 * Loads the register: wards by number (a re-import replaces their shape), then addresses in
 * batches. An address already in the register (same number, street and unit) is left as it is; one
 * outside every ward is refused. On SQLite and PostgreSQL each batch is one INSERT (a hundred
 * thousand addresses in seconds); on MongoDB they go through Payload one by one.
 */

type Log = (line: string) => void

/** `context.seed` skips the site rebuild (the demo seed runs before the first build anyway). */
export const importWards = async (
  payload: Payload,
  rows: readonly WardRow[],
  context: Record<string, unknown> = {},
) => {
  let created = 0
  let updated = 0
  for (const ward of rows) {
    const { docs } = await payload.find({
      collection: WARDS,
      where: { number: { equals: ward.number } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (docs[0]) {
      await payload.update({
        collection: WARDS,
        id: docs[0].id,
        data: ward,
        overrideAccess: true,
      })
      updated += 1
    } else {
      await payload.create({
        collection: WARDS,
        data: ward,
        overrideAccess: true,
        context,
      })
      created += 1
    }
  }
  forgetWards()
  return { created, updated }
}

const BATCH = 500

export const importAddresses = async (
  payload: Payload,
  rows: readonly AddressRow[],
  log: Log = () => {},
) => {
  forgetWards()
  const wards = await loadWards(payload)
  let outside = 0
  const records = []
  const seen = new Set<string>()
  for (const row of rows) {
    const street = normaliseStreet(row.street)
    const address = { number: row.number, street, unit: row.unit }
    const key = searchKey(address)
    if (seen.has(key)) continue
    seen.add(key)
    const ward = wardAt(row, wards)
    if (wards.length && !ward) {
      outside += 1
      continue
    }
    records.push({
      label: addressLabel(address),
      number: row.number,
      street,
      unit: row.unit,
      searchKey: key,
      streetKey: streetKey(street),
      lat: row.lat,
      long: row.long,
      ward: relationTo(ward?.id ?? null),
    })
  }
  const direct = drizzleTable(payload, ADDRESSES)
  let inserted = 0
  const started = Date.now()
  for (let i = 0; i < records.length; i += BATCH) {
    const batch = records.slice(i, i + BATCH)
    if (direct) {
      const now = new Date().toISOString()
      const result = await direct.drizzle
        .insert(direct.table)
        .values(batch.map((r) => ({ ...r, createdAt: now, updatedAt: now })))
        .onConflictDoNothing()
        .returning({ id: direct.table.id })
      inserted += (result as unknown[]).length
    } else
      for (const record of batch) {
        const exists = await payload.count({
          collection: ADDRESSES,
          where: { searchKey: { equals: record.searchKey } },
          overrideAccess: true,
        })
        if (exists.totalDocs) continue
        await payload.create({ collection: ADDRESSES, data: record, overrideAccess: true })
        inserted += 1
      }
    if ((i / BATCH) % 20 === 19)
      log(
        `  ${Math.min(i + BATCH, records.length)}/${records.length} addresses (${Math.round((Date.now() - started) / 1000)} s)`,
      )
  }
  forgetStreets()
  return {
    inserted,
    existing: records.length - inserted,
    outside,
    duplicatesInFile: rows.length - seen.size,
  }
}
