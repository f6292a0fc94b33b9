/**
 * The S3-compatible bucket: its client and listings. The domain's public surface: other domains
 * import from here or from its core/.
 */

export { bucketKeys, filesUnder } from './listing'
export { mediaStoragePlugins, s3Client, uploadPrefix } from './s3'
export { removeStrayFiles } from './strayFiles'
export { STRAY_AFTER_MS, strayFilesScheduledStep, sweepStrayFiles } from './strayScheduledStep'
