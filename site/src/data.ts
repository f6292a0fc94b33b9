import { readFileSync } from 'node:fs'

import type { ListSection } from '../lib/sections'
import type { Snapshot } from '../lib/types'

/** The build's snapshot, read once per build (every page shares it). */
let cached: Snapshot | null = null

export const snapshot = (): Snapshot => {
  if (cached) return cached
  const file = process.env.CIVIC_SNAPSHOT
  if (!file)
    throw new Error(
      'CIVIC_SNAPSHOT is not set: the site is built by the publishing pipeline (npm start), not on its own.',
    )
  cached = JSON.parse(readFileSync(file, 'utf8')) as Snapshot
  return cached
}

/** The moment the snapshot was taken: "now" for everything time-dependent on the pages. */
export const builtAt = (): Date => new Date(snapshot().generatedAt)

let rendered: { releases: Set<string>; publications: Set<string> } | null = null

/**
 * The items whose own page this build renders: all of them, or in an incremental build only the new
 * and changed ones (the publishing pipeline reuses the other pages from the build before).
 */
export const itemsToRender = <T extends { slug: string }>(
  kind: 'releases' | 'publications',
  items: T[],
): T[] => {
  const plan = snapshot().render
  if (!plan) return items
  rendered ??= { releases: new Set(plan.releases), publications: new Set(plan.publications) }
  return items.filter((item) => rendered![kind].has(item.slug))
}

/**
 * Whether this build renders a listing section's pages (site/lib/sections.ts): always in a full
 * build; in an incremental one only when what the section shows changed.
 */
export const sectionToRender = (section: ListSection): boolean => {
  const sections = snapshot().render?.sections
  return !sections || sections.includes(section)
}

/**
 * The archive pages of a listing this build renders (site/lib/paging.ts): all of them, or in an
 * incremental build those whose items changed (a new release: the newest page only).
 */
export const archivesToRender = (section: 'news'): Set<number> | null => {
  const numbers = snapshot().render?.archives?.[section]
  return numbers ? new Set(numbers) : null
}
