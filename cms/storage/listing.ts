import { readdir } from 'node:fs/promises'
import path from 'node:path'

import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3'

/**
 * Folders read at once. File operations share libuv's four threads with everything else the
 * process does: reading a built site's 40,000 folders all at once queued every other file operation
 * behind them, an urgent alert's writes into the live site included (seconds, at 20,000 items).
 */
const FOLDERS_AT_ONCE = 2

/**
 * Every file under `root/dir`, as paths relative to `root` with forward slashes, sorted; none if it
 * is missing. Symbolic links are not followed.
 */
export const filesUnder = async (root: string, dir = ''): Promise<string[]> => {
  const files: string[] = []
  const folders = [dir]
  const reader = async () => {
    for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
      const entries = await readdir(path.join(root, folder), { withFileTypes: true }).catch(
        () => [],
      )
      for (const entry of entries) {
        const relative = folder ? `${folder}/${entry.name}` : entry.name
        if (entry.isDirectory()) folders.push(relative)
        else if (entry.isFile()) files.push(relative)
      }
    }
  }
  // A reader that finds no folder waiting ends; the others go on with what the last one adds.
  await Promise.all(Array.from({ length: FOLDERS_AT_ONCE }, reader))
  return files.sort()
}

/** Every object under `prefix` in the bucket, page after page: its key and when it was written. */
export const bucketObjects = async (
  client: S3Client,
  bucket: string,
  prefix: string,
): Promise<{ key: string; modifiedAt: Date }[]> => {
  const objects: { key: string; modifiedAt: Date }[] = []
  let token: string | undefined
  do {
    const page = await client.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
    )
    for (const item of page.Contents ?? [])
      if (item.Key) objects.push({ key: item.Key, modifiedAt: item.LastModified ?? new Date() })
    token = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (token)
  return objects
}

/** Every key under `prefix` in the bucket, page after page. */
export const bucketKeys = async (client: S3Client, bucket: string, prefix: string) =>
  (await bucketObjects(client, bucket, prefix)).map((object) => object.key)
