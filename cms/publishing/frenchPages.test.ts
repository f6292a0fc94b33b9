import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { checkFrenchPages } from './frenchPages'

let dir = ''
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

const site = async (pages: Record<string, string>) => {
  dir = await mkdtemp(path.join(tmpdir(), 'french-pages-'))
  for (const [relative, body] of Object.entries(pages)) {
    await mkdir(path.dirname(path.join(dir, relative)), { recursive: true })
    await writeFile(
      path.join(dir, relative),
      `<!doctype html><html lang="fr-CA"><head><title>x</title></head><body>${body}</body></html>`,
    )
  }
  return dir
}

describe('the build’s French page check', () => {
  it('passes French pages, counting them', async () => {
    const out = await site({
      'fr/index.html': '<a href="#main">Passer au contenu principal</a>',
      'fr/nouvelles/index.html': '<h1>Communiqués</h1>',
      'news/index.html': '<h1>News releases</h1><a>Skip to main content</a>',
    })
    await expect(checkFrenchPages(out)).resolves.toBe(2)
  })

  it('refuses the build, naming the page and the phrase, when one shows English interface text', async () => {
    const out = await site({
      'fr/index.html': '<p>Bonjour</p>',
      'fr/urgences/index.html': '<nav aria-label="Pages"><a rel="next">Next page</a></nav>',
    })
    await expect(checkFrenchPages(out)).rejects.toThrow(
      /The French page \/fr\/urgences\/ shows the English interface text "Next page".*live site was left as it was/,
    )
  })
})
