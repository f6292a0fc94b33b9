import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import {
  DeleteObjectsCommand,
  GetObjectCommand,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3'

import {
  isLiveEmergencyFile,
  liveKey,
  type Manifest,
  manifestKey,
  objectKey,
  type Pointer,
  pointerKey,
} from '../../site/lib/bucketLayout'
import { contentTypeOf } from '../../site/lib/contentTypes'
import type { S3Settings } from '../settings'
import { bucketKeys, filesUnder, s3Client } from '../storage'

/** Uploads at once: enough to hide the round trips, few enough for a small bucket server. */
const CONCURRENCY = 16
/**
 * Builds kept in the bucket besides the one in service, so a reader mid-request never loses its
 * files.
 */
const KEEP_PREVIOUS = 2

export type BucketReport = {
  files: number
  uploaded: number
  bytesUploaded: number
  pruned: number
}

const inBatches = async <T>(items: T[], run: (item: T) => Promise<void>) => {
  let next = 0
  const lanes = Array.from({ length: Math.min(CONCURRENCY, items.length) }, async () => {
    while (next < items.length) await run(items[(next += 1) - 1]!)
  })
  await Promise.all(lanes)
}

const putJson = (client: S3Client, bucket: string, key: string, value: unknown) =>
  client.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: key,
      Body: JSON.stringify(value),
      ContentType: 'application/json',
      CacheControl: 'no-cache',
    }),
  )

const readJson = async <T>(client: S3Client, bucket: string, key: string): Promise<T | null> => {
  try {
    const answer = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
    return JSON.parse(await answer.Body!.transformToString()) as T
  } catch (error) {
    if ((error as { name?: string }).name === 'NoSuchKey') return null
    throw error
  }
}

/**
 * Publishes a built folder to the bucket (site/lib/bucketLayout.ts): uploads only the files whose
 * content the bucket lacks, then the manifest, then replaces the pointer. Any failure throws before
 * the pointer moves, so readers keep the previous build whole. Old manifests, and objects no kept
 * manifest uses, are deleted after.
 */
export const publishSiteToBucket = async (
  s3: S3Settings,
  out: string,
  build: string,
  now = new Date(),
  /** Called with everything uploaded and the pointer not yet moved (tests stop or check here). */
  beforeSwitch: () => Promise<void> = async () => undefined,
): Promise<BucketReport> => {
  const client = s3Client(s3)
  const prefix = s3.sitePrefix
  const files = await filesUnder(out)
  const manifest: Manifest = { build, createdAt: now.toISOString(), files: {} }
  const contents = new Map<string, { file: string; size: number }>()
  await inBatches(files, async (relative) => {
    const data = await readFile(path.join(out, relative))
    const hash = createHash('sha256').update(data).digest('hex')
    manifest.files[relative] = { hash, size: data.length }
    contents.set(hash, { file: relative, size: data.length })
  })
  const stored = new Set(
    (await bucketKeys(client, s3.bucket, objectKey(prefix, ''))).map((key) => key.split('/').pop()),
  )
  const missing = [...contents.entries()].filter(([hash]) => !stored.has(hash))
  let bytesUploaded = 0
  await inBatches(missing, async ([hash, { file, size }]) => {
    await client.send(
      new PutObjectCommand({
        Bucket: s3.bucket,
        Key: objectKey(prefix, hash),
        Body: await readFile(path.join(out, file)),
        ContentType: contentTypeOf(file),
        // Named by content: an object never changes.
        CacheControl: 'public, max-age=31536000, immutable',
      }),
    )
    bytesUploaded += size
  })
  await putJson(client, s3.bucket, manifestKey(prefix, build), manifest)
  // The build's emergency files go live with it (the fast path rewrites them between builds).
  await writeLiveFilesToBucket(
    s3,
    Object.fromEntries(
      await Promise.all(
        files
          .filter(isLiveEmergencyFile)
          .map(async (f) => [f, await readFile(path.join(out, f), 'utf8')] as const),
      ),
    ),
  )
  await beforeSwitch()
  const pointer: Pointer = {
    build,
    manifest: manifestKey(prefix, build),
    publishedAt: now.toISOString(),
  }
  await putJson(client, s3.bucket, pointerKey(prefix), pointer)
  const pruned = await pruneBucket(client, s3, build)
  return { files: files.length, uploaded: missing.length, bytesUploaded, pruned }
}

/** Keeps the build in service and the previous ones; deletes older manifests and unused objects. */
const pruneBucket = async (client: S3Client, s3: S3Settings, current: string) => {
  const prefix = s3.sitePrefix
  const manifests = (
    await bucketKeys(client, s3.bucket, manifestKey(prefix, '').replace(/\.json$/, ''))
  )
    .filter((key) => key !== manifestKey(prefix, current))
    .sort()
  const old = manifests.slice(0, Math.max(0, manifests.length - KEEP_PREVIOUS))
  if (old.length === 0) return 0
  const kept = [manifestKey(prefix, current), ...manifests.slice(old.length)]
  const used = new Set<string>()
  for (const key of kept) {
    const manifest = await readJson<Manifest>(client, s3.bucket, key)
    for (const entry of Object.values(manifest?.files ?? {}))
      used.add(objectKey(prefix, entry.hash))
  }
  const unused = (await bucketKeys(client, s3.bucket, objectKey(prefix, ''))).filter(
    (key) => !used.has(key),
  )
  const doomed = [...old, ...unused]
  for (let i = 0; i < doomed.length; i += 1000) {
    await client.send(
      new DeleteObjectsCommand({
        Bucket: s3.bucket,
        Delete: { Objects: doomed.slice(i, i + 1000).map((Key) => ({ Key })), Quiet: true },
      }),
    )
  }
  return doomed.length
}

/**
 * The emergency files, written straight to the bucket's `live/` keys (each put replaces its object
 * whole): what the fast path does within a second of an officer's act, between builds.
 */
export const writeLiveFilesToBucket = async (s3: S3Settings, files: Record<string, string>) => {
  const client = s3Client(s3)
  await inBatches(Object.entries(files), async ([relative, content]) => {
    await client.send(
      new PutObjectCommand({
        Bucket: s3.bucket,
        Key: liveKey(s3.sitePrefix, relative),
        Body: content,
        ContentType: contentTypeOf(relative),
        CacheControl: 'public, max-age=5, must-revalidate',
      }),
    )
  })
}
