import { randomUUID } from 'node:crypto'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

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

/**
 * Writes files into a folder (a live site, a build), each replaced in one step (a temporary file,
 * then a rename): a reader sees the old file or the new one, never half of one, and a file linked
 * from another build is replaced, never written into.
 */
export const writeAtomically = async (
  root: string,
  files: Record<string, string>,
): Promise<void> => {
  for (const [relative, content] of Object.entries(files)) {
    const target = path.join(root, relative)
    await mkdir(path.dirname(target), { recursive: true })
    const temporary = `${target}.${randomUUID()}.tmp`
    await writeFile(temporary, content)
    await rename(temporary, target)
  }
}
