import type { Payload } from 'payload'

/**
 * Payload instances being closed. A clean stop waits for the work in flight (a site build, an
 * outbox run), but a jobs tick or a timer could start new work meanwhile, on a database about to be
 * closed: that work would then wait for ever. Once an instance is closing, nothing new starts on
 * it; what it would have done stays recorded (build requests, outbox rows) for the next process.
 */
const closing = new WeakSet<Payload>()

export const beginClosing = (payload: Payload) => {
  closing.add(payload)
}

export const isClosing = (payload: Payload) => closing.has(payload)
