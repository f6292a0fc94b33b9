import { afterAll, beforeAll, describe } from 'vitest'

import { accessContract, sponsorshipAccessContract } from './contracts/access.contract'
import { deskAccessContract } from './contracts/desk.contract'
import { alertChannelsAccessContract } from './contracts/alertChannels.contract'
import { kbAccessContract } from './contracts/kb.contract'
import { requests311AccessContract } from './contracts/requests311.contract'
import { sponsorshipPipelineContract } from './contracts/sponsorship.contract'
import { type Harness, startHarness } from './helpers/harness'

/**
 * The same access contract against MongoDB, the production database. No MongoDB server can run on
 * the development machines, so this runs only where MONGODB_URL names one, e.g.
 *   MONGODB_URL=mongodb://127.0.0.1:27017 npx vitest run --project int tests/access.mongodb.int.test.ts
 * Each run uses a throw-away database on that server and drops it afterwards.
 */
const url = process.env.MONGODB_URL
if (!url) {
  console.info(
    'MongoDB contract suite skipped: set MONGODB_URL to a MongoDB server to run it (none can be installed here).',
  )
}

describe.skipIf(!url)('on MongoDB', () => {
  let harness: Harness
  beforeAll(async () => {
    harness = await startHarness({ database: 'mongodb' })
  })
  afterAll(async () => harness?.close())

  accessContract(() => harness)
  sponsorshipAccessContract(() => harness)
  sponsorshipPipelineContract(() => harness)
  deskAccessContract(() => harness)
  requests311AccessContract(() => harness)
  kbAccessContract(() => harness)
  alertChannelsAccessContract(() => harness)
})
