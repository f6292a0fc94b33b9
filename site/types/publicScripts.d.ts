/**
 * What the site's browser scripts (site/public/*.js) share, for their type check
 * (site/tsconfig.public.json): the search engine searchEngine.js and the 311 app's store and lists
 * put on `window`. Pagefind's browser API, as much as it uses, is in pagefind.d.ts.
 */

type PagefindResultData = {
  url: string
  excerpt: string
  meta: Record<string, string>
  filters: Record<string, string[]>
}

type CivicSearch = {
  /** The sections the index can be filtered by. */
  sections(): Promise<string[]>
  /** The first `limit` results for the words, in one section or all. */
  find(
    words: string,
    section: string,
    limit: number,
  ): Promise<{ count: number; results: PagefindResultData[] }>
}

/** What app311.js tells app311Lists.js about the page. */
type Civic311App = {
  words: Record<string, string>
  byCode: Record<string, { name: string }>
  cms: string
  locale: string
  /** The last thing the app did, said after the connection's state. */
  note: () => string
  /** Says what the app just did in its status line. */
  say: (text: string) => void
}

/** A report on the device: waiting (`outbox`, by `id`) or sent (`mine`, by `reference`). */
type Civic311Record = {
  id?: string
  reference?: string
  createdAt: string
  sentAt?: string
  service: string
  place: string
  fields?: [string, string][]
  photos?: Blob[]
  refused?: string | null
  expectedAt?: string | null
  status?: string
  notes?: string
  history?: { at: string; text: string }[]
  /** Following by push on this device, and the follower's token ("still not fixed"). */
  following?: boolean
  token?: string
  /** The reporter's "how did we do?" link, shown once the report is closed. */
  survey?: string
}

/** The 311 app's device store and sending (app311Store.js). */
type Civic311Store = {
  all(name: 'outbox' | 'mine'): Promise<Civic311Record[]>
  put(name: 'outbox' | 'mine', value: unknown): Promise<unknown>
  remove(name: 'outbox' | 'mine', key: string): Promise<unknown>
  newKey(): string
  /** Sends what waits, in turn; `onSent` hears each reference. */
  flush(cms: string, locale: string, onSent: (reference: string) => void): Promise<void>
}

/** The 311 app's lists (app311Lists.js) and the small helpers the app shares with them. */
type Civic311Lists = {
  el(tag: string, text?: string, className?: string): HTMLElement
  fill(text: string, values: Record<string, string | number>): string
  when(iso: string): string
  start(app: Civic311App): void
  render(): Promise<void>
  refreshMine(): Promise<void>
  showNearby(place: { lat: number | string; long: number | string } | null): void
}

/** The browser's push subscription for the City's notifications (pushSubscribe.js). */
type CivicPush = {
  supported: boolean
  ready(): Promise<ServiceWorkerRegistration>
  subscribe(cms: string): Promise<PushSubscription>
  current(): Promise<PushSubscription | null>
}

interface Window {
  civicSearch: CivicSearch
  civicPush: CivicPush
  civic311Store: Civic311Store
  civic311Lists: Civic311Lists
}
