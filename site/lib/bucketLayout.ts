/**
 * How the public site is laid out in an S3-compatible bucket, shared by the publisher (the CMS) and
 * the reader (site/server). Files are stored once by content (`objects/<sha-256>`), so a build
 * uploads only what changed; a manifest lists one build's paths; one small pointer object names the
 * manifest in service. Publishing is: upload objects, upload the manifest, replace the pointer. A
 * reader resolves the pointer first, so it sees one whole build or the next, never half of one.
 *
 * The emergency files are the exception: the fast path writes them within a second of an officer's
 * act, outside any build, under `live/`; readers take them from there.
 */
export const objectKey = (prefix: string, hash: string) => `${prefix}objects/${hash}`
export const manifestKey = (prefix: string, build: string) => `${prefix}manifests/${build}.json`
export const pointerKey = (prefix: string) => `${prefix}current.json`
export const liveKey = (prefix: string, relative: string) => `${prefix}live/${relative}`

export type ManifestEntry = { hash: string; size: number }
export type Manifest = { build: string; createdAt: string; files: Record<string, ManifestEntry> }
export type Pointer = { build: string; manifest: string; publishedAt: string }

/** The files the emergency fast path rewrites between builds (paths relative to the site root). */
export const isLiveEmergencyFile = (relative: string) =>
  relative === 'emergency/active.json' ||
  relative === 'emergency/cap.atom' ||
  relative === 'feeds/emergency.xml' ||
  /^emergency\/cap\/[^/]+\.xml$/.test(relative)

/** A bucket prefix as settings give it: no leading slash, one trailing slash, or empty. */
export const normalisePrefix = (raw: string) => {
  const trimmed = raw.trim().replace(/^\/+|\/+$/g, '')
  return trimmed ? `${trimmed}/` : ''
}
