/**
 * Sectors municipal policies commonly exclude (Ottawa, Toronto, Oakville, Canmore); staff edit the
 * list.
 */
export const DEFAULT_SECTORS = [
  { name: 'Tobacco and vaping', excluded: true, note: 'Smoke-Free Ontario Act, 2017' },
  { name: 'Cannabis', excluded: true, note: 'Cannabis Act limits promotion' },
  { name: 'Adult entertainment', excluded: true, note: null },
  { name: 'Political parties and candidates', excluded: true, note: 'The City stays non-partisan' },
  { name: 'Weapons and firearms', excluded: true, note: null },
  {
    name: 'Gambling',
    excluded: true,
    note: 'Except the Ontario Lottery and Gaming Corporation, with approval',
  },
  { name: 'Alcohol', excluded: false, note: 'Needs approval for events for families and youth' },
  { name: 'Banking and finance', excluded: false, note: null },
  { name: 'Retail', excluded: false, note: null },
  { name: 'Technology', excluded: false, note: null },
  { name: 'Health and wellness', excluded: false, note: null },
  {
    name: 'Real estate and construction',
    excluded: false,
    note: 'Not while the company bids on a City contract',
  },
  { name: 'Local business', excluded: false, note: null },
  { name: 'Non-profit', excluded: false, note: null },
]

/**
 * What the policy says until someone saves it: one list, used by the admin form, the pipeline and
 * the site.
 */
export const DEFAULT_POLICY = {
  approvalThreshold: 50_000,
  annualTarget: 250_000,
  teamName: 'Corporate Sponsorship',
} as const
