import { readdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

/**
 * docs/architecture.md is where a newcomer finds where things happen: its table must list every
 * folder of product code, in the order the dependency rule declares (.dependency-cruiser.cjs).
 */
const root = path.resolve(import.meta.dirname, '..')
const rules = createRequire(import.meta.url)(path.join(root, '.dependency-cruiser.cjs')) as {
  DOMAIN_ORDER: string[]
  COMPOSITION: string[]
}
const doc = readFileSync(path.join(root, 'docs/architecture.md'), 'utf8')
/** The folder or file named first in each row of the table ("| `cms/outbox/` outbox | …"). */
const tableFolders = [...doc.matchAll(/^\| `([^`]+)` /gm)].map((m) => m[1]!.replace(/\/$/, ''))

const isComposition = (relative: string) =>
  rules.COMPOSITION.some((pattern) => new RegExp(pattern).test(`${relative}/`))

describe('docs/architecture.md', () => {
  it('lists the shared base, then every domain in the declared order', () => {
    expect(tableFolders).toEqual(['cms/core', ...rules.DOMAIN_ORDER])
  })

  it('declares every folder of product code', () => {
    const folders = [
      ...readdirSync(path.join(root, 'cms'))
        .filter((name) => statSync(path.join(root, 'cms', name)).isDirectory())
        .map((name) => `cms/${name}`)
        .filter(
          (folder) => !isComposition(folder) && folder !== 'cms/core' && folder !== 'cms/.next',
        ),
      'emergency',
    ]
    const undeclared = folders.filter((folder) => !rules.DOMAIN_ORDER.includes(folder))
    expect(undeclared, 'declare these in DOMAIN_ORDER and the table').toEqual([])
  })

  it('gives every domain folder a public index.ts', () => {
    const missing = rules.DOMAIN_ORDER.filter(
      (domain) =>
        !domain.endsWith('.ts') &&
        !statSync(path.join(root, domain, 'index.ts'), { throwIfNoEntry: false }),
    )
    expect(missing).toEqual([])
  })
})

describe('docs/adr', () => {
  const folder = path.join(root, 'docs/adr')
  const records = readdirSync(folder).filter((name) => /^\d{4}-.*\.md$/.test(name))

  it.each(records)('%s has a date and a status (accepted, amended by, superseded by)', (name) => {
    const text = readFileSync(path.join(folder, name), 'utf8')
    expect(text).toMatch(/^- Date: \d{4}-\d{2}-\d{2}$/m)
    expect(text).toMatch(/^- Status: (accepted|superseded by \[ADR \d{4}\])/m)
    // Every record it names as amending or superseding it exists.
    for (const [, target] of text.matchAll(/\]\((\d{4}-[^)]+\.md)\)/g))
      expect(records, `${name} links ${target}`).toContain(target)
  })
})
