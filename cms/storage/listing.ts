import { readdir } from 'node:fs/promises'
import path from 'node:path'

import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3'

/**
 * Every file under `root/dir`, as paths relative to `root` with forward slashes; none if it is
 * missing.
 */
export const filesUnder = async (root: string, dir = ''): Promise<string[]> => {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true }).catch(() => [])
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const relative = dir ? `${dir}/${entry.name}` : entry.name
      if (entry.isDirectory()) return filesUnder(root, relative)
      return entry.isFile() ? [relative] : []
    }),
  )
  return nested.flat()
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
