import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { writeSearchIndex } from './searchIndex'

const folders: string[] = []
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))))

/** A built site of `count` searchable pages. */
const site = async (count: number) => {
  const out = await mkdtemp(path.join(tmpdir(), 'search-index-'))
  folders.push(out)
  for (let i = 0; i < count; i += 1) {
    await mkdir(path.join(out, `page-${i}`))
    await writeFile(
      path.join(out, `page-${i}`, 'index.html'),
      `<!doctype html><html lang="en-CA"><head><title>Page ${i}</title></head><body><main data-pagefind-body><h1>Road closure ${i}</h1><p>${'Snow clearing on Main Street. '.repeat(40)}</p></main></body></html>`,
    )
  }
  return out
}

describe('writeSearchIndex', () => {
  it('two builds indexing at once both finish, whichever ends first', async () => {
    // The small build ends while the large one is still indexing: the indexer program they share
    // must stay up for the large one.
    const [small, large] = await Promise.all([site(2), site(400)])
    const [a, b] = await Promise.all([writeSearchIndex(small), writeSearchIndex(large)])
    expect(a.pages).toBe(2)
    expect(b.pages).toBe(400)
    expect(await readdir(path.join(large, 'pagefind'))).toContain('pagefind.js')
  }, 180_000)
})
