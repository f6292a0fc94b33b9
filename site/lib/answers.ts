import type { Answer } from './types'

/**
 * The 311 service codes an answer is about. The snapshot reads answers with their services filled
 * in (depth 1); a service the public cannot read (retired from the catalogue) stays a bare id and
 * counts for nothing.
 */
export const serviceCodes = (answer: Pick<Answer, 'relatedServices'>): string[] =>
  (answer.relatedServices ?? []).flatMap((s) =>
    s && typeof s === 'object' && typeof s.code === 'string' ? [s.code] : [],
  )
