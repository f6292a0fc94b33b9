import { mkdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'

/**
 * An incremental build links the build before's unchanged pages into a folder of their own while
 * Astro renders (one is system calls, the other one core's work: side by side, neither waits for
 * the other). Then every file Astro made (`files`, relative to `rendered`) moves into that folder,
 * replacing a linked one of the same name (what was rendered wins), and the folder takes
 * `rendered`'s place. Answers how many reused pages a rendered one replaced (they count as
 * rendered, not reused); a failure leaves the build unfinished, never the live site.
 */
export const mergeIntoReused = async (rendered: string, reused: string, files: string[]) => {
  const made = new Set<string>()
  let replaced = 0
  for (const [index, relative] of files.entries()) {
    const target = path.join(reused, relative)
    if (relative.endsWith('.html') && (await stat(target).catch(() => null))) replaced += 1
    const folder = path.dirname(target)
    if (!made.has(folder)) {
      await mkdir(folder, { recursive: true })
      made.add(folder)
    }
    await rename(path.join(rendered, relative), target)
    // A few thousand renames: the process answers between every few hundred.
    if (index % 500 === 499) await new Promise((resolve) => setImmediate(resolve))
  }
  // Only emptied folders are left: nothing to hand to another process.
  await rm(rendered, { recursive: true, force: true })
  await rename(reused, rendered)
  return replaced
}
