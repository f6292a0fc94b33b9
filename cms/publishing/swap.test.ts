import { lstat, mkdir, mkdtemp, readFile, readlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { buildSitemap } from './core/sitemap'
import { publishDirectory, pruneBuilds } from './swap'

const folderWith = async (root: string, name: string, text: string) => {
  const dir = path.join(root, name)
  await mkdir(dir, { recursive: true })
  await writeFile(path.join(dir, 'index.html'), text)
  return dir
}

describe('publishDirectory', () => {
  it('points the live link at each new build in turn', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'civic-swap-'))
    const live = path.join(root, 'site')
    const first = await folderWith(root, 'b1', 'one')
    await publishDirectory(first, live)
    expect(await readFile(path.join(live, 'index.html'), 'utf8')).toBe('one')
    const second = await folderWith(root, 'b2', 'two')
    await publishDirectory(second, live)
    expect(await readlink(live)).toBe(second)
    expect(await readFile(path.join(live, 'index.html'), 'utf8')).toBe('two')
  })

  it('moves an older real folder aside instead of deleting it', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'civic-swap-'))
    const live = await folderWith(root, 'site', 'old layout')
    await publishDirectory(await folderWith(root, 'b1', 'new'), live)
    expect((await lstat(live)).isSymbolicLink()).toBe(true)
  })

  it('prunes old builds but never the live one', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'civic-swap-'))
    const builds = path.join(root, 'builds')
    const live = path.join(root, 'site')
    const dirs = []
    for (const name of ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05'])
      dirs.push(await folderWith(builds, name, name))
    await publishDirectory(path.join(dirs[0]!), live)
    await pruneBuilds(builds, live, 2)
    const left = await Promise.all(
      dirs.map((dir) =>
        lstat(dir).then(
          () => true,
          () => false,
        ),
      ),
    )
    expect(left).toEqual([true, false, false, true, true])
  })
})

describe('buildSitemap', () => {
  it('lists each path once, sorted, absolute and escaped', () => {
    const xml = buildSitemap(
      'https://www.city.example',
      ['/news/', '/', '/news/', '/a&b/'],
      '2026-11-27T12:00:00Z',
    )
    expect(xml).toContain('<loc>https://www.city.example/</loc><lastmod>2026-11-27</lastmod>')
    expect(xml.match(/<url>/g)).toHaveLength(3)
    expect(xml).toContain('https://www.city.example/a&amp;b/')
  })
})
