/**
 * Policy screening: municipal sponsorship policies (Ottawa, Toronto, Oakville, Canmore) refuse some
 * sectors outright or send them to senior staff, and any sponsorship above a value threshold needs
 * a communications manager's approval. Pure: the sector list and threshold come from the policy
 * global.
 */

export type SectorRule = { name: string; excluded?: boolean | null; note?: string | null }
export type SponsorshipPolicy = { sectors: SectorRule[]; approvalThreshold: number | null }

export type PolicyScreening = {
  sector: string
  value: number | null
  excluded: boolean
  needsApproval: boolean
  reasons: string[]
}

const normal = (text: string) => text.trim().toLowerCase()

const findSector = (policy: SponsorshipPolicy, sector: string) =>
  policy.sectors.find((rule) => normal(rule.name) === normal(sector)) ?? null

/**
 * Screens a sector and value. A sector on the exclusion list, a sector not on the list at all
 * (nobody has judged it yet) and a value above the threshold each need approval; the reasons say
 * which.
 */
export const screenSponsor = (
  policy: SponsorshipPolicy,
  sector: string,
  value: number | null,
): PolicyScreening => {
  const rule = findSector(policy, sector)
  const reasons: string[] = []
  const excluded = rule?.excluded === true
  if (excluded)
    reasons.push(
      `The ${rule!.name} sector is on the City's exclusion list${rule!.note ? ` (${rule!.note})` : ''}.`,
    )
  if (!rule)
    reasons.push(
      `"${sector.trim()}" is not on the City's sector list, so it has not been judged against the policy.`,
    )
  const threshold = policy.approvalThreshold
  if (threshold != null && value != null && value > threshold)
    reasons.push(
      `The value, $${value.toLocaleString('en-CA')}, is above the $${threshold.toLocaleString('en-CA')} approval threshold.`,
    )
  return {
    sector: rule?.name ?? sector.trim(),
    value,
    excluded,
    needsApproval: reasons.length > 0,
    reasons,
  }
}

/**
 * An approval holds for the sector and value it was given for: a later change of sector, or a
 * higher value, needs approving again.
 */
export const screeningApproved = (
  screening: PolicyScreening,
  approval: { sector?: string | null; value?: number | null } | null,
) => {
  if (!screening.needsApproval) return true
  if (!approval?.sector || normal(approval.sector) !== normal(screening.sector)) return false
  return (screening.value ?? 0) <= (approval.value ?? 0)
}
