import type { Payload } from 'payload'

import { CITY_CALENDAR, SPONSORSHIP_POLICY } from '../core/slugs'
import { type CityCalendar, DEFAULT_CALENDAR, localDate } from './core/businessDays'
import { DEFAULT_POLICY, DEFAULT_SECTORS } from './core/policyDefaults'
import type { SponsorshipPolicy } from './core/screening'
import { DEFAULT_TIERS, type Tier } from './core/tiers'

export type LoadedPolicy = SponsorshipPolicy & {
  tiers: Tier[]
  annualTarget: number | null
  teamName: string
}

type Row = Record<string, unknown>
const rows = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : [])
const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null)

/** The sponsorship policy global as the pure modules want it; an empty table falls back to the defaults. */
export const loadPolicy = async (payload: Payload): Promise<LoadedPolicy> => {
  const saved = (await payload.findGlobal({
    slug: SPONSORSHIP_POLICY as never,
    depth: 0,
    overrideAccess: true,
  })) as Row
  // Until someone saves the global, its defaults apply (Payload returns an empty document before that).
  const raw: Row = saved.updatedAt
    ? saved
    : {
        sectors: DEFAULT_SECTORS,
        approvalThreshold: DEFAULT_POLICY.approvalThreshold,
        annualTarget: DEFAULT_POLICY.annualTarget,
        ...saved,
      }
  const tiers = rows(raw.tiers).map((row) => ({
    key: String(row.key),
    label: String(row.label),
    min: num(row.min) ?? 0,
    max: num(row.max),
  }))
  return {
    tiers: tiers.length ? tiers : DEFAULT_TIERS,
    sectors: rows(raw.sectors).map((row) => ({
      name: String(row.name),
      excluded: row.excluded === true,
      note: (row.note as string | null) ?? null,
    })),
    approvalThreshold: num(raw.approvalThreshold),
    annualTarget: num(raw.annualTarget),
    teamName:
      typeof raw.teamName === 'string' && raw.teamName.trim()
        ? raw.teamName.trim()
        : DEFAULT_POLICY.teamName,
  }
}

/** The City calendar global as the business-day clock wants it. */
export const loadCalendar = async (payload: Payload): Promise<CityCalendar> => {
  const raw = (await payload.findGlobal({
    slug: CITY_CALENDAR as never,
    depth: 0,
    overrideAccess: true,
  })) as Row
  if (!raw.updatedAt) return { ...DEFAULT_CALENDAR, closures: [] }
  // A day-only date may arrive as noon UTC or as Toronto midnight; either way it names one Toronto day.
  const closures = rows(raw.closures)
    .filter((row) => typeof row.date === 'string')
    .map((row) => ({
      date: localDate(new Date(row.date as string)),
      reason: (row.reason as string | null) ?? null,
    }))
  return {
    closures,
    observedOptional: Array.isArray(raw.observedOptional)
      ? (raw.observedOptional as string[])
      : DEFAULT_CALENDAR.observedOptional,
  }
}
