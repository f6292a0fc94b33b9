import type { Readable } from 'node:stream'

import { GetObjectCommand, HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3'

import {
  isLiveEmergencyFile,
  liveKey,
  type Manifest,
  manifestKey,
  objectKey,
  type Pointer,
  pointerKey,
} from '../lib/bucketLayout'
import type { SiteFile, SiteSource } from './siteSource'

/** A new build is seen within this long; readers between two looks serve the previous one whole. */
const POINTER_TTL_MS = 1000

const missing = (error: unknown) =>
  ['NoSuchKey', 'NotFound'].includes((error as { name?: string }).name ?? '') ||
  (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404

type Loaded = { manifest: Manifest; folders: Set<string> }

/**
 * The public site as published to a bucket (site/lib/bucketLayout.ts): the pointer names the build,
 * its manifest maps each path to an object, and the emergency files come from `live/`. Any number
 * of these servers can run behind a front or a CDN; none needs the machine that built the site.
 */
export const bucketSource = (client: S3Client, bucket: string, prefix: string): SiteSource => {
  let pointer: { value: Pointer | null; at: number } | null = null
  const manifests = new Map<string, Loaded>()

  const get = async (key: string) => client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))

  const currentPointer = async (): Promise<Pointer | null> => {
    if (pointer && Date.now() - pointer.at < POINTER_TTL_MS) return pointer.value
    try {
      const answer = await get(pointerKey(prefix))
      pointer = {
        value: JSON.parse(await answer.Body!.transformToString()) as Pointer,
        at: Date.now(),
      }
    } catch (error) {
      if (!missing(error)) throw error
      pointer = { value: null, at: Date.now() }
    }
    return pointer.value
  }

  const loaded = async (build: string): Promise<Loaded | null> => {
    const cached = manifests.get(build)
    if (cached) return cached
    let manifest: Manifest
    try {
      manifest = JSON.parse(
        await (await get(manifestKey(prefix, build))).Body!.transformToString(),
      ) as Manifest
    } catch (error) {
      if (missing(error)) return null
      throw error
    }
    const folders = new Set<string>()
    for (const file of Object.keys(manifest.files)) {
      const parts = file.split('/')
      for (let i = 1; i < parts.length; i += 1) folders.add(parts.slice(0, i).join('/'))
    }
    // This build and the one before it: enough for requests that started before a switch.
    if (manifests.size >= 2) manifests.delete(manifests.keys().next().value!)
    manifests.set(build, { manifest, folders })
    return manifests.get(build)!
  }

  const liveFile = async (relative: string): Promise<SiteFile | null> => {
    const key = liveKey(prefix, relative)
    try {
      const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }))
      return {
        size: head.ContentLength ?? 0,
        etag: head.ETag ?? '"live"',
        modified: head.LastModified ?? new Date(),
        open: async () => (await get(key)).Body as Readable,
      }
    } catch (error) {
      if (missing(error)) return null
      throw error
    }
  }

  return {
    version: async () => (await currentPointer())?.build ?? null,
    async lookup(build, relative) {
      if (isLiveEmergencyFile(relative)) {
        const live = await liveFile(relative)
        if (live) return live
      }
      const site = await loaded(build)
      if (!site) return null
      if (site.folders.has(relative)) return 'folder'
      const entry = site.manifest.files[relative]
      if (!entry) return null
      return {
        size: entry.size,
        etag: `"${entry.hash.slice(0, 32)}"`,
        modified: new Date(site.manifest.createdAt),
        open: async () => (await get(objectKey(prefix, entry.hash))).Body as Readable,
      }
    },
    async readText(build, relative) {
      const site = await loaded(build)
      const entry = site?.manifest.files[relative]
      if (!entry) return null
      return (await get(objectKey(prefix, entry.hash))).Body!.transformToString()
    },
  }
}
