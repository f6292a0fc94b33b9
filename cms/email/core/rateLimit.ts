/**
 * A fixed-window counter per key, in memory. The subscription form is the only public write besides
 * sponsor inquiries; these limits are generous for a person and tight for a script.
 */
export type Limit = { max: number; windowMs: number }

/** 5 sign-ups an IP per 10 minutes (a shared library computer still works). */
export const PER_IP: Limit = { max: 5, windowMs: 10 * 60 * 1000 }
/** 3 confirmation emails an address per hour: nobody can flood someone's inbox through us. */
export const PER_ADDRESS: Limit = { max: 3, windowMs: 60 * 60 * 1000 }

export class RateLimiter {
  private readonly hits = new Map<string, { count: number; resetAt: number }>()

  constructor(
    private readonly limit: Limit,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one attempt; answers false when the key has used up its window. */
  take(key: string): boolean {
    const time = this.now()
    const entry = this.hits.get(key)
    if (!entry || entry.resetAt <= time) {
      this.hits.set(key, { count: 1, resetAt: time + this.limit.windowMs })
      if (this.hits.size > 50_000) this.sweep(time)
      return true
    }
    entry.count += 1
    return entry.count <= this.limit.max
  }

  private sweep(time: number) {
    for (const [key, entry] of this.hits) if (entry.resetAt <= time) this.hits.delete(key)
  }
}
