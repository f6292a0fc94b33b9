import { DEFAULT_TIERS } from '../../cms/sponsorship/core/tiers'
import { richText } from '../../cms/core/text/lexical'
import type {
  Bulletin,
  Publication,
  Release,
  Snapshot,
  SponsorshipPackage,
} from '../../site/lib/types'

const base = (id: number, title: string, extra: Record<string, unknown> = {}) => ({
  id,
  slug: title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, ''),
  title,
  summary: `Summary of ${title}.`,
  body: richText({ paragraph: `Body of ${title}.` }),
  workflowState: 'published',
  publishedAt: '2026-11-20T14:00:00.000Z',
  updatedAt: '2026-11-20T14:00:00.000Z',
  ...extra,
})

/** A small snapshot for unit tests of the site's pure parts. */
export const sampleSnapshot = (overrides: Partial<Snapshot> = {}): Snapshot => ({
  generatedAt: '2026-11-27T12:00:00.000Z',
  siteUrl: 'https://www.city.example',
  cityName: 'City of Riverton',
  media: {},
  sponsorship: { tiers: DEFAULT_TIERS, excludedSectors: ['Tobacco and vaping'] },
  releases: [
    base(1, 'Pools open', { releaseAt: '2026-11-25T13:00:00.000Z' }) as Release,
    base(2, 'Old news', { releaseAt: '2026-10-01T13:00:00.000Z' }) as Release,
    base(3, 'Withdrawn release', {
      workflowState: 'withdrawn',
      withdrawalReason: 'Cancelled.',
      withdrawnAt: '2026-11-26T10:00:00.000Z',
    }) as Release,
  ],
  publications: [base(10, 'Budget report', { kind: 'report' }) as Publication],
  packages: [
    base(20, 'Fireworks sponsor', {
      tier: 'leader',
      value: 75000,
      availableSlots: 1,
      deadline: '2027-01-01T00:00:00.000Z',
    }) as SponsorshipPackage,
  ],
  bulletins: [
    base(30, 'Heat warning', {
      msgType: 'Alert',
      status: 'Actual',
      category: ['Met'],
      event: 'Heat',
      urgency: 'Expected',
      severity: 'Severe',
      certainty: 'Likely',
      expires: '2026-11-28T00:00:00.000Z',
      areas: [{ areaDesc: 'City-wide' }],
    }) as Bulletin,
    base(31, 'Expired flood watch', {
      msgType: 'Alert',
      status: 'Actual',
      category: ['Met'],
      event: 'Flood',
      urgency: 'Expected',
      severity: 'Moderate',
      certainty: 'Likely',
      expires: '2026-11-01T00:00:00.000Z',
      areas: [{ areaDesc: 'Riverfront' }],
    }) as Bulletin,
  ],
  ...overrides,
})
