import type { CollectionSlug, Payload } from 'payload'

import type { Settings } from '../settings'
import type { Failure } from './core/failure'
import type { GatewayHealth } from './core/gatewayHealth'
import type { ChannelName, ClaimedDelivery } from './core/types'
import type { Deliver } from './worker'

/** How one run of a channel's worker sends: the delivery step and what it needs around it. */
export type ChannelRun = {
  deliver: Deliver
  /**
   * Called when a delivery fails for good (an email's 5xx: the subscriber's bounce count goes up).
   */
  onPermanentFailure?: (delivery: ClaimedDelivery, failure: Failure) => Promise<void>
}

/**
 * One way the outbox reaches people. The outbox owns the rows, the claims, the leases, the pacing
 * and the retries; a channel says who a broadcast reaches, how one message goes, how its failures
 * read, and how its gateway is doing. Channels are registered in the composition root
 * (cms/payload.config.ts); the outbox knows none of them by name.
 */
export type Channel = {
  name: ChannelName
  /** What its gateway is called where an error is shown without the gateway's address. */
  gatewayName: string
  /**
   * Who a broadcast of a topic reaches: the collection of recipients, and whether only confirmed
   * ones; null for a channel of single messages only (an app's callbacks), which no broadcast uses.
   */
  recipients: null | {
    collection: CollectionSlug
    confirmedOnly: boolean
    /**
     * Recipients may take non-emergency topics as a daily or weekly digest (`frequency`): a
     * broadcast reaches only those who take them at once; emergencies reach everyone.
     */
    digests?: boolean
  }
  /**
   * How a run claims rows: messages in flight at once, outcomes written per group, one process at a
   * time.
   */
  claim: (settings: Settings) => {
    concurrency?: number
    /** At most this many messages started a second (a gateway's rate); unlimited when absent. */
    perSecond?: number | null
    /**
     * Outcomes written back in groups of this many (a crash hands over at most that many again).
     */
    flushEvery?: number
    /**
     * Runs hold this lease, so one process at a time sends on the channel (the rate holds across
     * processes).
     */
    exclusive?: { lease: string; ms: number }
  }
  /** The delivery step for one run (read once per run: settings, pools, caches). */
  deliver: (payload: Payload, settings: Settings) => ChannelRun
  /** What a thrown error means: temporary or permanent, the gateway's fault or this recipient's. */
  classify: (error: unknown) => Failure
  /**
   * What this process knows of the channel's one gateway; with it, the gateway's outage charges no
   * message an attempt and one probe tries it now and then. Channels of many gateways (push) have
   * none.
   */
  health?: GatewayHealth
  /** After each run in this process (email drops an SMTP pool that lost its server). */
  afterRun?: () => void
}

const registered = new Map<ChannelName, Channel>()

/** Registers the channels the outbox sends on (the composition root does, once per process). */
export const registerChannels = (channels: readonly Channel[]) => {
  for (const channel of channels) registered.set(channel.name, channel)
}

/** The registered channels, in the order they were registered. */
export const registeredChannels = (): Channel[] => [...registered.values()]

export const channelNamed = (name: ChannelName): Channel => {
  const channel = registered.get(name)
  if (!channel)
    throw new Error(
      `The outbox has no "${name}" channel: cms/payload.config.ts registers the channels; import it (openPayload does) before sending.`,
    )
  return channel
}
