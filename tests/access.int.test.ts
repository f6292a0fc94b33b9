import { afterAll, beforeAll } from 'vitest'

import { accessContract, sponsorshipAccessContract } from './contracts/access.contract'
import { deskAccessContract } from './contracts/desk.contract'
import { alertChannelsAccessContract } from './contracts/alertChannels.contract'
import { kbAccessContract } from './contracts/kb.contract'
import { requests311AccessContract } from './contracts/requests311.contract'
import { type Harness, startHarness } from './helpers/harness'

let harness: Harness
beforeAll(async () => {
  harness = await startHarness()
})
afterAll(async () => harness?.close())

accessContract(() => harness)
sponsorshipAccessContract(() => harness)
deskAccessContract(() => harness)
requests311AccessContract(() => harness)
kbAccessContract(() => harness)
alertChannelsAccessContract(() => harness)
