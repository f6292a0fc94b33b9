import type { Failure } from './failure'

/** While a gateway is unreachable, one message tries it this often (the rest wait, uncharged). */
export const PROBE_INTERVAL_MS = 5_000
/**
 * Temporary refusals of this many different messages in a row, with no success between, are the
 * gateway's trouble (a 4xx storm while it restarts or throttles), not the recipients': handled as
 * an outage, so the messages are not pushed back 30 s, 2 min, 10 min… and go as soon as it
 * recovers.
 */
export const REFUSAL_STORM = 5

type GatewayHealthState = {
  state: 'ok' | 'degraded'
  since: Date | null
  lastSuccessAt: Date | null
  lastError: string | null
  lastFailureAt: Date | null
}
type Decision = 'send' | 'probe' | 'wait'

/**
 * What this process knows of one channel's gateway (the mail server, the SMS gateway). Pure: the
 * worker tells it what happened and asks it
 * whether to send; the health endpoint and the admin read it.
 */
export const createGatewayHealth = () => {
  let state: GatewayHealthState = {
    state: 'ok',
    since: null,
    lastSuccessAt: null,
    lastError: null,
    lastFailureAt: null,
  }
  let nextProbeAt = 0
  let refusals = 0

  const degrade = (failure: Failure, now: Date) => {
    state = {
      ...state,
      state: 'degraded',
      since: state.since ?? now,
      lastError: failure.message,
      lastFailureAt: now,
    }
    nextProbeAt = now.getTime() + PROBE_INTERVAL_MS
  }

  return {
    snapshot: (): GatewayHealthState => ({ ...state }),
    /**
     * `send` as usual; `probe`: one message may test the server; `wait`: leave everything queued.
     */
    decide: (now: Date): Decision =>
      state.state === 'ok' ? 'send' : now.getTime() >= nextProbeAt ? 'probe' : 'wait',
    succeeded: (now: Date) => {
      refusals = 0
      state = { ...state, state: 'ok', since: null, lastSuccessAt: now }
    },
    /** Answers whether the failure is the server's (the message is then not charged an attempt). */
    failed: (failure: Failure, now: Date): 'server' | 'recipient' => {
      if (failure.scope === 'server') {
        degrade(failure, now)
        return 'server'
      }
      if (failure.kind === 'temporary' && (refusals += 1) >= REFUSAL_STORM) {
        degrade(failure, now)
        return 'server'
      }
      if (failure.kind === 'permanent') refusals = 0
      // An answer about one message means the server is there and talking again.
      state = { ...state, state: 'ok', since: null, lastError: failure.message, lastFailureAt: now }
      return 'recipient'
    },
  }
}

export type GatewayHealth = ReturnType<typeof createGatewayHealth>
