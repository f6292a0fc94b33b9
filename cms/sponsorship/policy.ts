import type { Payload } from 'payload'

import { SPONSORSHIP_POLICY } from '../core/slugs'
import { DEFAULT_POLICY, DEFAULT_SECTORS } from './core/policyDefaults'
import type { SponsorshipPolicy } from './core/screening'
import { DEFAULT_TIERS, type Tier } from './core/tiers'

type LoadedPolicy = SponsorshipPolicy & {
  tiers: Tier[]
  annualTarget: number | null
  teamName: string
}

/**
 * The sponsorship policy global as the pure modules want it; an empty table falls back to the
 * defaults.
 */
export const loadPolicy = async (payload: Payload): Promise<LoadedPolicy> => {
  const saved = await payload.findGlobal({
    slug: SPONSORSHIP_POLICY,
    depth: 0,
    overrideAccess: true,
  })
  // Until someone saves the global, its defaults apply (Payload returns an empty document before
  // that).
  const fallback = <T>(value: T | null | undefined, otherwise: T) =>
    saved.updatedAt ? (value ?? null) : (value ?? otherwise)
  const tiers = (saved.tiers ?? []).map((row) => ({
    key: row.key,
    label: row.label,
    min: row.min ?? 0,
    max: row.max ?? null,
  }))
  return {
    tiers: tiers.length ? tiers : DEFAULT_TIERS,
    sectors: (fallback(saved.sectors, DEFAULT_SECTORS) ?? []).map((row) => ({
      name: row.name,
      excluded: row.excluded === true,
      note: row.note ?? null,
    })),
    approvalThreshold: fallback(saved.approvalThreshold, DEFAULT_POLICY.approvalThreshold),
    annualTarget: fallback(saved.annualTarget, DEFAULT_POLICY.annualTarget),
    teamName: saved.teamName?.trim() || DEFAULT_POLICY.teamName,
  }
}
