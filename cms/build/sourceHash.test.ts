import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { sourceHash } from './sourceHash'

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
    const files = { 'cms/a.ts': 'a', 'cms/sub/b.ts': 'b', 'collections/C.ts': 'c', 'package-lock.json': '{}' }
    expect(await sourceHash(await tree(files), inputs)).toBe(await sourceHash(await tree(files), inputs))
  })

  it('changes when a source changes, is added or is renamed', async () => {
    const base = { 'cms/a.ts': 'a', 'collections/C.ts': 'c' }
    const original = await sourceHash(await tree(base), inputs)
    expect(await sourceHash(await tree({ ...base, 'cms/a.ts': 'A' }), inputs)).not.toBe(original)
    expect(await sourceHash(await tree({ ...base, 'cms/new.ts': '' }), inputs)).not.toBe(original)
    expect(await sourceHash(await tree({ 'cms/renamed.ts': 'a', 'collections/C.ts': 'c' }), inputs)).not.toBe(original)
  })

  it('ignores build output, dependencies and tests', async () => {
    const base = { 'cms/a.ts': 'a' }
    const original = await sourceHash(await tree(base), inputs)
    const noisy = { ...base, 'cms/.next/x.js': '1', 'cms/node_modules/y.js': '2', 'cms/a.test.ts': '3' }
    expect(await sourceHash(await tree(noisy), inputs)).toBe(original)
  })
})
