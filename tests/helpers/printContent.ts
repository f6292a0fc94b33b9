import { closePayload, openPayload } from '../../cms/boot'
import { MEDIA, MEDIA_RELEASES } from '../../cms/core/slugs'

/**
 * Run as its own process (`node --import tsx tests/helpers/printContent.ts`) on the database the
 * environment names: prints the release titles and upload file names as JSON, for tests that check a
 * database from outside (a restore).
 */
const payload = await openPayload()
const releases = await payload.find({
  collection: MEDIA_RELEASES,
  pagination: false,
  overrideAccess: true,
  depth: 0,
})
const media = await payload.find({ collection: MEDIA, pagination: false, overrideAccess: true })
console.log(
  JSON.stringify({
    releases: releases.docs.map((d) => d.title).sort(),
    media: media.docs.map((d) => d.filename).sort(),
  }),
)
await closePayload(payload)
process.exit(0)
