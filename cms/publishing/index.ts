/**
 * The public site: builds, the anonymous REST reader, feeds, the bucket, live files. The domain's
 * public surface: other domains import from here or from its core/.
 */

export { writeLiveFilesToBucket } from './bucket'
export { buildFeed, feedFile } from './feeds'
export { type LiveFiles, writeAtomically } from './liveFiles'
export { anonymousRest } from './restClient'
export { type GetJson } from './snapshot'
export { readWards } from './snapshot311'
