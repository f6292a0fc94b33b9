/**
 * The tier table: Ottawa's sponsorship policy tiers by value (Patron $5,000–9,999, Supporter
 * $10,000–34,999, Builder $35,000–74,999, Leader $75,000+). Staff edit it in the sponsorship policy
 * global; these are the defaults a fresh install starts with.
 */
export type Tier = { key: string; label: string; min: number; max?: number | null }

export const DEFAULT_TIERS: Tier[] = [
  { key: 'patron', label: 'Patron', min: 5_000, max: 9_999 },
  { key: 'supporter', label: 'Supporter', min: 10_000, max: 34_999 },
  { key: 'builder', label: 'Builder', min: 35_000, max: 74_999 },
  { key: 'leader', label: 'Leader', min: 75_000, max: null },
]

/**
 * The tier whose range holds `value` (the highest such, if ranges overlap), or null below the
 * lowest.
 */
export const tierForValue = (tiers: readonly Tier[], value: number): Tier | null =>
  [...tiers]
    .sort((a, b) => b.min - a.min)
    .find((tier) => value >= tier.min && (tier.max == null || value <= tier.max)) ?? null

/** Problems with a tier table, each naming the row, so staff can fix the global before saving. */
export const tierTableProblems = (tiers: readonly Tier[]): string[] => {
  const problems: string[] = []
  const keys = new Set<string>()
  tiers.forEach((tier, index) => {
    const row = `Tier ${index + 1} (${tier.label || tier.key || 'unnamed'})`
    if (!/^[a-z0-9-]+$/.test(tier.key))
      problems.push(`${row}: the key must be lower-case letters, digits and hyphens.`)
    if (keys.has(tier.key)) problems.push(`${row}: the key "${tier.key}" is used twice.`)
    keys.add(tier.key)
    if (tier.max != null && tier.max < tier.min)
      problems.push(`${row}: the maximum is below the minimum.`)
  })
  return problems
}

export const tierLabel = (tiers: readonly Tier[], key: string) =>
  tiers.find((tier) => tier.key === key)?.label ?? key

/** "Patron ($5,000–9,999)": the label with its range, for the admin and the site. */
export const tierRange = (tier: Tier) => {
  const money = (n: number) => `$${n.toLocaleString('en-CA')}`
  return tier.max == null
    ? `${money(tier.min)} and up`
    : `${money(tier.min)}–${tier.max.toLocaleString('en-CA')}`
}
