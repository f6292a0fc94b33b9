import type { GlobalConfig } from 'payload'

import { isSponsorshipApprover, isSponsorshipStaff } from '../cms/access/sponsorship'
import { DEFAULT_TIERS, tierTableProblems } from '../cms/sponsorship/tiers'

export const SPONSORSHIP_POLICY = 'sponsorship-policy'

/** Sectors municipal policies commonly exclude (Ottawa, Toronto, Oakville, Canmore); staff edit the list. */
export const DEFAULT_SECTORS = [
  { name: 'Tobacco and vaping', excluded: true, note: 'Smoke-Free Ontario Act, 2017' },
  { name: 'Cannabis', excluded: true, note: 'Cannabis Act limits promotion' },
  { name: 'Adult entertainment', excluded: true, note: null },
  { name: 'Political parties and candidates', excluded: true, note: 'The City stays non-partisan' },
  { name: 'Weapons and firearms', excluded: true, note: null },
  { name: 'Gambling', excluded: true, note: 'Except the Ontario Lottery and Gaming Corporation, with approval' },
  { name: 'Alcohol', excluded: false, note: 'Needs approval for events for families and youth' },
  { name: 'Banking and finance', excluded: false, note: null },
  { name: 'Retail', excluded: false, note: null },
  { name: 'Technology', excluded: false, note: null },
  { name: 'Health and wellness', excluded: false, note: null },
  { name: 'Real estate and construction', excluded: false, note: 'Not while the company bids on a City contract' },
  { name: 'Local business', excluded: false, note: null },
  { name: 'Non-profit', excluded: false, note: null },
]

const staffOnly = { read: ({ req }: { req: { user?: unknown } }) => isSponsorshipStaff(req.user as never) }

/**
 * The sponsorship policy in data: the tier table the packages and the site use, the sectors screened
 * against, the value above which a communications manager approves, and the year's revenue target.
 * Tiers and sectors are public (the policy is a public document); the threshold and target are not.
 */
export const SponsorshipPolicy: GlobalConfig = {
  slug: SPONSORSHIP_POLICY,
  label: 'Sponsorship policy',
  admin: { group: 'Sponsorship', description: 'Tiers, excluded sectors, the approval threshold and the annual target.' },
  access: { read: () => true, update: ({ req }) => isSponsorshipApprover(req.user) },
  fields: [
    {
      name: 'tiers',
      type: 'array',
      labels: { singular: 'Tier', plural: 'Tiers' },
      defaultValue: DEFAULT_TIERS,
      admin: { description: 'A package without a tier takes the one its value falls in. Keys appear in web addresses: keep them stable.' },
      validate: (rows: unknown) => {
        const problems = tierTableProblems(((rows as never[]) ?? []).map((row: Record<string, unknown>) => ({ key: String(row.key ?? ''), label: String(row.label ?? ''), min: Number(row.min ?? 0), max: row.max == null ? null : Number(row.max) })))
        return problems.length ? problems.join(' ') : true
      },
      fields: [
        { name: 'key', type: 'text', required: true },
        { name: 'label', type: 'text', required: true },
        { name: 'min', type: 'number', required: true, min: 0, admin: { description: 'Dollars, inclusive.' } },
        { name: 'max', type: 'number', min: 0, admin: { description: 'Dollars, inclusive; empty for no upper bound.' } },
      ],
    },
    {
      name: 'sectors',
      type: 'array',
      labels: { singular: 'Sector', plural: 'Sectors' },
      defaultValue: DEFAULT_SECTORS,
      admin: { description: 'Sponsors are screened against this list. An excluded sector, or one not on the list, needs a communications manager\'s approval.' },
      fields: [
        { name: 'name', type: 'text', required: true },
        { name: 'excluded', type: 'checkbox', defaultValue: false },
        { name: 'note', type: 'text' },
      ],
    },
    { name: 'approvalThreshold', type: 'number', min: 0, defaultValue: 50_000, access: staffOnly, admin: { description: 'Sponsorships above this value (dollars) need a communications manager\'s approval.' } },
    { name: 'annualTarget', type: 'number', min: 0, defaultValue: 250_000, access: staffOnly, admin: { description: 'Value to commit this calendar year (dollars), for the dashboard.' } },
    { name: 'teamName', type: 'text', defaultValue: 'Corporate Sponsorship', admin: { description: 'Signs replies when no coordinator is assigned.' } },
  ],
}
