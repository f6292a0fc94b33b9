import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { en } from '../../site/lib/i18n/en'
import { fr } from '../../site/lib/i18n/fr'
import { filesUnder } from '../storage'
import { englishOnFrenchPage, englishPhrases, phraseFinder } from './core/languageCheck'

const find = phraseFinder(englishPhrases(en, fr))

/**
 * Refuses the build when a French page the build rendered shows an English interface phrase from
 * the catalogue (a string left out of fr.ts, a component that prints its own English). Run on what
 * Astro wrote, before the build before's pages are linked in: those were checked when they were
 * made.
 */
export const checkFrenchPages = async (out: string): Promise<number> => {
  const files = (await filesUnder(out, 'fr'))
    .filter((file) => file.endsWith('.html'))
    .map((file) => path.join(out, file))
  for (const file of files) {
    const phrase = englishOnFrenchPage(await readFile(file, 'utf8'), find)
    if (phrase)
      throw new Error(
        `The French page /${path.relative(out, file).replace(/index\.html$/, '')} shows the English interface text "${phrase}": give it its French words in site/lib/i18n/fr.ts (or mark English content with lang="en-CA"). The live site was left as it was.`,
      )
  }
  return files.length
}
