/**
 * Tells whoever waits that this process just handed a message to its service (SMTP, a push
 * service, the SMS gateway). Queueing an urgent send waits for it after writing the first rows:
 * writing the other thousands holds the event loop, and the first message's connection, greeting
 * and hand-off would wait behind them (press → first message 1.37 s at 12,000 recipients, 0.7 s
 * with the head start: bench/targeting.ts).
 */
const waiting = new Set<() => void>()

export const handedOver = () => {
  for (const wake of [...waiting]) wake()
}

/** Resolves at the next hand-off in this process, or after `ms` (whichever comes first). */
export const nextHandOff = (ms: number) =>
  new Promise<void>((resolve) => {
    const wake = () => {
      clearTimeout(timer)
      waiting.delete(wake)
      resolve()
    }
    const timer = setTimeout(wake, ms)
    timer.unref?.()
    waiting.add(wake)
  })
