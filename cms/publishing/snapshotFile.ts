import { createWriteStream } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { once } from 'node:events'

import type { Snapshot } from '../../site/lib/types'

/**
 * The snapshot a build hands to Astro and keeps for the next build, written and read a line per
 * item. With 20,000 releases it is tens of megabytes: one `JSON.stringify` or `JSON.parse` of it
 * holds the CMS process for a second or two, and an urgent alert published in that second waits.
 * Here every item is its own small step, and the process answers between batches. The file is
 * still one JSON document (Astro reads it with `JSON.parse`, in its own process).
 */
const BY_LINE = ['releases', 'publications'] as const
const ITEMS_PER_TURN = 200
const FIRST = `{"${BY_LINE[0]}":[`
const turn = () => new Promise((resolve) => setImmediate(resolve))

export const writeSnapshotFile = async (file: string, snapshot: Snapshot) => {
  const out = createWriteStream(file)
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain')
  }
  try {
    for (const [index, key] of BY_LINE.entries()) {
      await write(index === 0 ? `${FIRST}\n` : `],"${key}":[\n`)
      const items = snapshot[key]
      for (let i = 0; i < items.length; i += 1) {
        await write(`${JSON.stringify(items[i])}${i < items.length - 1 ? ',' : ''}\n`)
        if (i % ITEMS_PER_TURN === ITEMS_PER_TURN - 1) await turn()
      }
    }
    const rest: Record<string, unknown> = { ...snapshot }
    for (const key of BY_LINE) delete rest[key]
    const tail = JSON.stringify(rest).slice(1)
    await write(tail === '}' ? ']}\n' : `],${tail}\n`)
  } finally {
    out.end()
    await once(out, 'close')
  }
}

/**
 * A snapshot file written above, read a line at a time; one of another shape (an older build's)
 * is parsed whole.
 */
export const readSnapshotFile = async (file: string): Promise<Snapshot> => {
  const text = await readFile(file, 'utf8')
  if (!text.startsWith(`${FIRST}\n`)) return JSON.parse(text) as Snapshot
  const lists: Record<string, unknown[]> = {}
  let key: string = BY_LINE[0]
  let rest: Record<string, unknown> = {}
  let start = FIRST.length + 1
  let count = 0
  while (start < text.length) {
    const end = text.indexOf('\n', start)
    const line = text.slice(start, end === -1 ? undefined : end)
    start = end === -1 ? text.length : end + 1
    const next = /^\],"(\w+)":\[$/.exec(line)
    if (next) key = next[1]!
    else if (line.startsWith(']')) rest = line === ']}' ? {} : JSON.parse(`{${line.slice(2)}`)
    else if (line)
      (lists[key] ??= []).push(JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line))
    count += 1
    if (count % ITEMS_PER_TURN === 0) await turn()
  }
  const snapshot = { ...rest } as Record<string, unknown>
  for (const name of BY_LINE) snapshot[name] = lists[name] ?? []
  return snapshot as Snapshot
}
