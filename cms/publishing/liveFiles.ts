import type { GetJson } from './snapshot'

/** What a build tells the domains that write live files into it. */
export type LiveFilesContext = {
  get: GetJson
  siteUrl: string
  /** The CAP sender (an email-like identifier of the City). */
  capSender: string
  cityName: string
  now: Date
  log: (line: string) => void
}

/**
 * Files a domain writes into the site outside the Astro render, because they must change faster
 * than a build (the emergency files: `active.json`, CAP messages and feeds, the alerts' short
 * links). Every build writes them, then writes them again into the live site after the swap, so a
 * change made while the build ran is not taken back. Registered in the composition root
 * (cms/payload.config.ts).
 */
export type LiveFiles = {
  /** Writes the files into a new build's folder. */
  write: (out: string, context: LiveFilesContext) => Promise<void>
  /** Writes them into the live site again; answers what it wrote (the bucket gets it too). */
  refresh: (
    liveDir: string,
    context: LiveFilesContext,
  ) => Promise<{ files: Record<string, string> } | null>
}

const registered: LiveFiles[] = []

export const registerLiveFiles = (writers: readonly LiveFiles[]) => {
  registered.splice(0, registered.length, ...writers)
}

export const registeredLiveFiles = (): readonly LiveFiles[] => registered
