import type { GlobalConfig } from 'payload'

import { SPONSORSHIP_POLICY } from '../cms/core/slugs'
import type { Actor } from '../cms/access/core/roles'
import { isSponsorshipApprover, isSponsorshipStaff } from '../cms/access/sponsorship'
import { DEFAULT_POLICY, DEFAULT_SECTORS } from '../cms/sponsorship/core/policyDefaults'
import { DEFAULT_TIERS, tierTableProblems } from '../cms/sponsorship/core/tiers'

const staffOnly = {
  read: ({ req }: { req: { user?: Actor } }) => isSponsorshipStaff(req.user),
}

/**
 * The sponsorship policy in data: the tier table the packages and the site use, the sectors
 * screened against, the value above which a communications manager approves, and the year's revenue
 * target. Tiers and sectors are public (the policy is a public document); the threshold and target
 * are not.
 */
export const SponsorshipPolicy: GlobalConfig = {
  slug: SPONSORSHIP_POLICY,
  label: { en: 'Sponsorship policy', fr: 'Politique de commandite' },
  admin: {
    group: 'Sponsorship',
    description: 'Tiers, excluded sectors, the approval threshold and the annual target.',
  },
  access: { read: () => true, update: ({ req }) => isSponsorshipApprover(req.user) },
  fields: [
    {
      name: 'tiers',
      type: 'array',
      labels: {
        singular: { en: 'Tier', fr: 'Catégorie' },
        plural: { en: 'Tiers', fr: 'Catégories' },
      },
      defaultValue: DEFAULT_TIERS,
      admin: {
        description:
          'A package without a tier takes the one its value falls in. Keys appear in web addresses: keep them stable.',
      },
      validate: (rows: unknown) => {
        const problems = tierTableProblems(
          (Array.isArray(rows) ? (rows as Record<string, unknown>[]) : []).map((row) => ({
            key: String(row.key ?? ''),
            label: String(row.label ?? ''),
            min: Number(row.min ?? 0),
            max: row.max == null ? null : Number(row.max),
          })),
        )
        return problems.length ? problems.join(' ') : true
      },
      fields: [
        { name: 'key', type: 'text', required: true },
        { name: 'label', type: 'text', required: true },
        {
          name: 'min',
          type: 'number',
          required: true,
          min: 0,
          admin: { description: 'Dollars, inclusive.' },
        },
        {
          name: 'max',
          type: 'number',
          min: 0,
          admin: { description: 'Dollars, inclusive; empty for no upper bound.' },
        },
      ],
    },
    {
      name: 'sectors',
      type: 'array',
      labels: {
        singular: { en: 'Sector', fr: 'Secteur' },
        plural: { en: 'Sectors', fr: 'Secteurs' },
      },
      defaultValue: DEFAULT_SECTORS,
      admin: {
        description:
          "Sponsors are screened against this list. An excluded sector, or one not on the list, needs a communications manager's approval.",
      },
      fields: [
        { name: 'name', type: 'text', required: true },
        { name: 'excluded', type: 'checkbox', defaultValue: false },
        { name: 'note', type: 'text' },
      ],
    },
    {
      name: 'approvalThreshold',
      type: 'number',
      min: 0,
      defaultValue: DEFAULT_POLICY.approvalThreshold,
      access: staffOnly,
      admin: {
        description:
          "Sponsorships above this value (dollars) need a communications manager's approval.",
      },
    },
    {
      name: 'annualTarget',
      type: 'number',
      min: 0,
      defaultValue: DEFAULT_POLICY.annualTarget,
      access: staffOnly,
      admin: { description: 'Value to commit this calendar year (dollars), for the dashboard.' },
    },
    {
      name: 'teamName',
      type: 'text',
      defaultValue: DEFAULT_POLICY.teamName,
      admin: { description: 'Signs replies when no coordinator is assigned.' },
    },
  ],
}
