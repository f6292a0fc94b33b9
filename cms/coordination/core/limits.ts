/**
 * At most `max` attempts per key in any `windowMs` (a sliding window;
 * cms/coordination/rateLimits.ts).
 */
export type Limit = { max: number; windowMs: number }
