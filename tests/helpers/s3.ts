import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import S3rver from 's3rver'

/** s3rver's fixed credentials: it checks request signatures against them. */
const KEY = 'S3RVER'

/**
 * A local S3-compatible server (s3rver, from the npm registry) with one empty bucket, and the
 * environment that points the CMS at it.
 */
export const startS3 = async (bucket = 'civic-comms') => {
  const directory = await mkdtemp(path.join(tmpdir(), 'civic-s3-'))
  const server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  })
  const { port } = await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  return {
    endpoint,
    bucket,
    directory,
    env: {
      S3_ENDPOINT: endpoint,
      S3_BUCKET: bucket,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: KEY,
      S3_SECRET_ACCESS_KEY: KEY,
    },
    close: async () => {
      await server.close()
      await rm(directory, { recursive: true, force: true })
    },
  }
}
