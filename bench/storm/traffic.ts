import { call, residentAddress } from './http'
import { paced, type Recorder } from './recorder'

/** What the public reads on a storm day, by kind, each with its path (through nginx). */
const READS: [kind: string, path: string][] = [
  ['public page', '/'],
  ['public page', '/fr/'],
  ['public page', '/news/'],
  ['public page', '/emergency/'],
  ['active.json', '/emergency/active.json'],
  ['feed or CAP', '/feeds/emergency.xml'],
  ['feed or CAP', '/emergency/cap.atom'],
  ['public page', '/311/'],
  ['active.json', '/emergency/active.json'],
  ['search index', '/pagefind/pagefind-entry.json'],
]

/**
 * The public through nginx at `perSecond` for `seconds` (open loop, residents from many
 * addresses), each read recorded under its kind and `label`.
 */
export const publicReads = async (
  site: string,
  perSecond: number,
  seconds: number,
  label: string,
  recorder: Recorder,
  goalMs?: number,
) => {
  for (const [kind] of READS) if (goalMs) recorder.goal(`${kind} (${label})`, goalMs)
  await paced(
    Math.round(perSecond * seconds),
    seconds,
    (i) => {
      const [kind, path] = READS[i % READS.length]!
      return recorder.time(`${kind} (${label})`, async () => {
        const answer = await call(`${site}${path}`, { from: residentAddress(200_000 + (i % 5000)) })
        return answer.status === 200 || `HTTP ${answer.status} ${path}`
      })
    },
    512,
  )
}
