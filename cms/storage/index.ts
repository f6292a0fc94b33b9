/**
 * The S3-compatible bucket: its client and listings. The domain's public surface: other domains
 * import from here or from its core/.
 */

export { bucketKeys, filesUnder } from './listing'
export { s3Client } from './s3'
