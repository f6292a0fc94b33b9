import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { sampleSnapshot } from '../../tests/helpers/snapshot'
import type { Release } from '../../site/lib/types'
import { readSnapshotFile, writeSnapshotFile } from './snapshotFile'

const fileIn = async () => path.join(await mkdtemp(path.join(tmpdir(), 'civic-snap-')), 's.json')

describe('the snapshot file, an item a line', () => {
  it('is one JSON document Astro reads whole, and reads back the same', async () => {
    const snapshot = {
      ...sampleSnapshot(),
      render: { releases: ['pools-open'], publications: [], sections: ['news' as const] },
    }
    const file = await fileIn()
    await writeSnapshotFile(file, snapshot)
    const text = await readFile(file, 'utf8')
    expect(JSON.parse(text)).toEqual(snapshot)
    expect(await readSnapshotFile(file)).toEqual(snapshot)
    // One line per release and per publication.
    expect(text.split('\n').length).toBeGreaterThan(
      snapshot.releases.length + snapshot.publications.length,
    )
  })

  it('holds text that looks like its own line breaks and brackets, and empty lists', async () => {
    const [first] = sampleSnapshot().releases as [Release]
    const tricky: Release = {
      ...first,
      title: '],"publications":[\n]}\u2028',
      summary: '{"releases":[',
    }
    const snapshot = { ...sampleSnapshot(), releases: [tricky, tricky], publications: [] }
    const file = await fileIn()
    await writeSnapshotFile(file, snapshot)
    expect(await readSnapshotFile(file)).toEqual(snapshot)
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(snapshot)
    const none = { ...sampleSnapshot(), releases: [], publications: [] }
    await writeSnapshotFile(file, none)
    expect(await readSnapshotFile(file)).toEqual(none)
  })

  it('reads an older build’s file (one line) whole', async () => {
    const file = await fileIn()
    await writeFile(file, JSON.stringify(sampleSnapshot()))
    expect(await readSnapshotFile(file)).toEqual(sampleSnapshot())
  })

  it('lets the process answer while 20,000 items are written and read', async () => {
    const [first] = sampleSnapshot().releases as [Release]
    const many = Array.from({ length: 20_000 }, (_, i) => ({ ...first, id: i, slug: `r-${i}` }))
    const snapshot = { ...sampleSnapshot(), releases: many }
    const file = await fileIn()
    let ticks = 0
    const timer = setInterval(() => (ticks += 1), 0)
    await writeSnapshotFile(file, snapshot)
    const back = await readSnapshotFile(file)
    clearInterval(timer)
    expect(back.releases).toHaveLength(20_000)
    // Timers ran in between: the work was done in many small turns, not one.
    expect(ticks).toBeGreaterThan(10)
  })
})
