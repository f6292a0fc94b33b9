import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, expect, it } from 'vitest'

import { filesUnder } from '../storage'
import { mergeIntoReused } from './mergeBuild'

let dir: string
const put = async (file: string, text: string) => {
  await mkdir(path.dirname(path.join(dir, file)), { recursive: true })
  await writeFile(path.join(dir, file), text)
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'civic-merge-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

it('moves what was rendered over what was reused, and the merged folder takes the rendered one’s place', async () => {
  await put('site/news/index.html', 'list, new')
  await put('site/news/new-item/index.html', 'new item')
  await put('site/_astro/site.abc.css', 'css')
  await put('reused/news/index.html', 'list, old')
  await put('reused/news/old-item/index.html', 'old item')
  await put('reused/_astro/site.abc.css', 'css')
  const rendered = path.join(dir, 'site')
  expect(
    await mergeIntoReused(rendered, path.join(dir, 'reused'), await filesUnder(rendered)),
  ).toBe(1)
  expect(await filesUnder(rendered)).toEqual([
    '_astro/site.abc.css',
    'news/index.html',
    'news/new-item/index.html',
    'news/old-item/index.html',
  ])
  expect(await readFile(path.join(rendered, 'news/index.html'), 'utf8')).toBe('list, new')
  expect(await readFile(path.join(rendered, 'news/old-item/index.html'), 'utf8')).toBe('old item')
  await expect(stat(path.join(dir, 'reused'))).rejects.toThrow()
})

it('with nothing reused, the rendered files are all there is', async () => {
  await put('site/index.html', 'home')
  await mkdir(path.join(dir, 'reused'))
  const rendered = path.join(dir, 'site')
  await mergeIntoReused(rendered, path.join(dir, 'reused'), ['index.html'])
  expect(await filesUnder(rendered)).toEqual(['index.html'])
})
