import { distanceMetres, type LatLong } from '../../addresses/core/geo'

/**
 * "Already reported?": an open request for the same service, near enough and recent enough, is a
 * likely duplicate. Each service sets how near and how recent (a pothole is one spot; noise is a
 * block).
 */

export type DuplicateRule = { radiusMetres: number; days: number }

export const DEFAULT_DUPLICATE_RULE: DuplicateRule = { radiusMetres: 50, days: 30 }

export type OpenReport = LatLong & {
  id: string | number
  serviceCode: string
  requestedAt: string | Date
  state: string
}

export const likelyDuplicates = <R extends OpenReport>(
  report: LatLong & { serviceCode: string; at: Date },
  candidates: readonly R[],
  rule: DuplicateRule,
) =>
  candidates
    .filter(
      (c) =>
        c.state !== 'closed' &&
        c.serviceCode === report.serviceCode &&
        report.at.getTime() - new Date(c.requestedAt).getTime() <= rule.days * 86_400_000,
    )
    .map((c) => ({ report: c, metres: Math.round(distanceMetres(report, c)) }))
    .filter(({ metres }) => metres <= rule.radiusMetres)
    .sort((a, b) => a.metres - b.metres)
