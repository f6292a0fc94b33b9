import { stat, unlink } from 'node:fs/promises'
import path from 'node:path'

import { DeleteObjectsCommand } from '@aws-sdk/client-s3'
import type { CollectionSlug, Payload } from 'payload'

import { currentSettings } from '../settings'
import { bucketObjects, filesUnder } from './listing'
import { s3Client, uploadPrefix } from './s3'

/**
 * Files an upload collection holds that no row names: what a crash or a failed intake left after
 * its rows were rolled back (a 0-byte photo cut off mid-write, the first of three photos). They are
 * never shown (files are served through their rows) and are removed: right after the failure, by
 * name, and at start-up, by age, so that no process's intake still in progress is touched.
 */

type StoredFile = { name: string; modifiedAt: Date }

const staticDirOf = (payload: Payload, collection: CollectionSlug) => {
  const upload = payload.collections[collection]?.config.upload
  return upload && typeof upload === 'object' ? (upload.staticDir ?? null) : null
}

/** The collection's files, on this machine's disk or in the bucket. */
const listFiles = async (
  payload: Payload,
  collection: CollectionSlug,
): Promise<{ files: StoredFile[]; remove: (names: string[]) => Promise<void> }> => {
  const s3 = currentSettings().s3
  if (s3) {
    const client = s3Client(s3)
    const prefix = `${uploadPrefix(s3, collection)}/`
    const files: StoredFile[] = (await bucketObjects(client, s3.bucket, prefix))
      .map(({ key, modifiedAt }) => ({ name: key.slice(prefix.length), modifiedAt }))
      .filter((file) => !file.name.includes('/'))
    return {
      files,
      remove: async (names) => {
        for (let i = 0; i < names.length; i += 1000)
          await client.send(
            new DeleteObjectsCommand({
              Bucket: s3.bucket,
              Delete: { Objects: names.slice(i, i + 1000).map((n) => ({ Key: `${prefix}${n}` })) },
            }),
          )
      },
    }
  }
  const dir = staticDirOf(payload, collection)
  if (!dir) return { files: [], remove: async () => {} }
  const names = (await filesUnder(dir)).filter((name) => !name.includes('/'))
  const files = await Promise.all(
    names.map(async (name) => ({
      name,
      modifiedAt: (await stat(path.join(dir, name)).catch(() => null))?.mtime ?? new Date(),
    })),
  )
  return {
    files,
    remove: async (gone) => {
      for (const name of gone) await unlink(path.join(dir, name)).catch(() => undefined)
    },
  }
}

/** Which of these names a row of the collection holds. */
const namedByRows = async (payload: Payload, collection: CollectionSlug, names: string[]) => {
  const named = new Set<string>()
  for (let i = 0; i < names.length; i += 200) {
    const { docs } = await payload.find({
      collection,
      where: { filename: { in: names.slice(i, i + 200) } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { filename: true },
    })
    for (const doc of docs) {
      const filename = (doc as { filename?: string | null }).filename
      if (filename) named.add(filename)
    }
  }
  return named
}

/** Which files to look at: these names, those starting so, or those older than a moment. */
type Which = { names: readonly string[] } | { namePrefix: string } | { olderThan: Date }

const matches = (file: StoredFile, which: Which) =>
  'names' in which
    ? which.names.includes(file.name)
    : 'namePrefix' in which
      ? file.name.startsWith(which.namePrefix)
      : file.modifiedAt.getTime() < which.olderThan.getTime()

/**
 * Removes the collection's files that no row names, among those `which` picks: a failed intake's
 * files (by name, or by its reference's prefix), or, at start-up, those older than a moment no
 * intake in progress can be. Returns their names.
 */
export const removeStrayFiles = async (
  payload: Payload,
  collection: CollectionSlug,
  which: Which,
): Promise<string[]> => {
  if ('names' in which && which.names.length === 0) return []
  const { files, remove } = await listFiles(payload, collection)
  const candidates = files.filter((f) => matches(f, which)).map((f) => f.name)
  if (candidates.length === 0) return []
  const named = await namedByRows(payload, collection, candidates)
  const stray = candidates.filter((name) => !named.has(name))
  await remove(stray)
  return stray
}
