/**
 * Spaces the starts of messages so that no more than `perSecond` begin in any second: each caller
 * waits for the next free slot (slots are 1/perSecond apart). Without a rate it never waits. The
 * clock and the wait are arguments so the rule is tested without time passing.
 */
export const HEADROOM = 0.9

export const createPacer = (
  perSecond: number | null,
  clock: () => number = () => performance.now(),
  wait: (ms: number) => Promise<void> = (ms) => new Promise((done) => setTimeout(done, ms)),
) => {
  if (!perSecond || perSecond <= 0 || !Number.isFinite(perSecond)) return async () => undefined
  // 10% under the rate: messages started apart can reach the gateway together (a busy event loop,
  // the network), and a gateway counts what arrives.
  const gap = 1000 / (perSecond * HEADROOM)
  let nextSlot = -Infinity
  return async () => {
    const now = clock()
    const slot = Math.max(now, nextSlot)
    nextSlot = slot + gap
    if (slot > now) await wait(slot - now)
  }
}
