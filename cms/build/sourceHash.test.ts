import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { ADMIN_BUILD_INPUTS, sourceHash } from './sourceHash'

const tree = async (files: Record<string, string>) => {
  const root = await mkdtemp(path.join(tmpdir(), 'civic-hash-'))
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true })
    await writeFile(path.join(root, name), content)
  }
  return root
}

describe('sourceHash', () => {
  const inputs = ['cms', 'collections', 'package-lock.json']

  it('is the same for the same sources wherever they sit', async () => {
    const files = {
      'cms/a.ts': 'a',
      'cms/sub/b.ts': 'b',
      'collections/C.ts': 'c',
      'package-lock.json': '{}',
    }
    expect(await sourceHash(await tree(files), inputs)).toBe(
      await sourceHash(await tree(files), inputs),
    )
  })

  it('changes when a source changes, is added or is renamed', async () => {
    const base = { 'cms/a.ts': 'a', 'collections/C.ts': 'c' }
    const original = await sourceHash(await tree(base), inputs)
    expect(await sourceHash(await tree({ ...base, 'cms/a.ts': 'A' }), inputs)).not.toBe(original)
    expect(await sourceHash(await tree({ ...base, 'cms/new.ts': '' }), inputs)).not.toBe(original)
    expect(
      await sourceHash(await tree({ 'cms/renamed.ts': 'a', 'collections/C.ts': 'c' }), inputs),
    ).not.toBe(original)
  })

  it('ignores build output, dependencies and tests', async () => {
    const base = { 'cms/a.ts': 'a' }
    const original = await sourceHash(await tree(base), inputs)
    const noisy = {
      ...base,
      'cms/.next/x.js': '1',
      'cms/node_modules/y.js': '2',
      'cms/a.test.ts': '3',
    }
    expect(await sourceHash(await tree(noisy), inputs)).toBe(original)
  })

  it.each([
    ['a pure helper the admin imports from the site', 'site/lib/city.ts'],
    ['the lock file (an upgrade)', 'package-lock.json'],
    ['package.json (a dependency or script changed)', 'package.json'],
    ['a collection', 'collections/Users.ts'],
    ['the CAP code', 'emergency/core/cap.ts'],
  ])('the admin is stale after a change to %s', async (_label, file) => {
    const base = {
      'cms/a.ts': 'a',
      'collections/Users.ts': 'u',
      'emergency/core/cap.ts': 'c',
      'site/lib/city.ts': 'x',
      'package.json': '{}',
      'package-lock.json': '{}',
      'tsconfig.json': '{}',
    }
    const original = await sourceHash(await tree(base), ADMIN_BUILD_INPUTS)
    expect(
      await sourceHash(await tree({ ...base, [file]: 'changed' }), ADMIN_BUILD_INPUTS),
    ).not.toBe(original)
  })

  it("a change to the public site's pages does not rebuild the admin", async () => {
    const base = { 'cms/a.ts': 'a', 'site/src/pages/index.astro': 'x' }
    expect(
      await sourceHash(
        await tree({ ...base, 'site/src/pages/index.astro': 'y' }),
        ADMIN_BUILD_INPUTS,
      ),
    ).toBe(await sourceHash(await tree(base), ADMIN_BUILD_INPUTS))
  })
})
