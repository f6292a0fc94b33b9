import { richText } from '../../cms/core/text/lexical'
import type { Row } from '../table'
import { signIn } from './measure'

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

type SiteStatus = { state?: string; lastSuccessAt?: string; pages?: number; seconds?: number }

/** The site's build status; nothing while the CMS does not answer (starting, or restarting). */
const siteStatus = async (cms: string, authorization: string): Promise<SiteStatus> =>
  fetch(`${cms}/api/globals/site-status?depth=0`, { headers: { authorization } })
    .then((answer) => answer.json() as Promise<SiteStatus>)
    .catch(() => ({}))

/**
 * Waits (up to 30 minutes) for the worker's first build of the site since `since`; its time as a
 * row. A reused year (`--reuse`) has the last run's build on record: that one does not count, or
 * the reads and the publish would run beside the first build.
 */
export const waitForSite = async (cms: string, site: string, since: Date): Promise<Row> => {
  const { authorization } = await signIn(cms, 'admin@city.example')
  const deadline = Date.now() + 30 * 60_000
  for (;;) {
    const status = await siteStatus(cms, authorization)
    const built = status.lastSuccessAt && new Date(status.lastSuccessAt) >= since
    if (built && (await fetch(`${site}/`).catch(() => null))?.status === 200)
      return {
        measure: 'first full site build on the year’s data (worker)',
        value: Number(status.seconds ?? 0),
        unit: 's',
        note: `${status.pages} pages`,
      }
    if (status.state === 'failed' || Date.now() > deadline)
      throw new Error(`The site was not built: ${JSON.stringify(status)}.`)
    await pause(1000)
  }
}

/**
 * A writer's release, submitted, approved and published by a manager through the workflow's REST
 * API; from the publish to its page served by the worker's site server.
 */
export const publishToLive = async (cms: string, site: string, goalSeconds = 20): Promise<Row> => {
  const writer = await signIn(cms, 'writer@city.example')
  const manager = await signIn(cms, 'manager@city.example')
  const slug = `year-publish-to-live-${Date.now()}`
  const created = await fetch(`${cms}/api/media-releases?draft=true`, {
    method: 'POST',
    headers: { authorization: writer.authorization, 'content-type': 'application/json' },
    body: JSON.stringify({
      title: 'Year bench: publish to live',
      slug,
      summary: 'Timing the path to the public on a year of data.',
      body: richText({ paragraph: 'Timing the path to the public on a year of data.' }),
      workflowState: 'draft',
    }),
  })
  const { doc } = (await created.json()) as { doc?: { id: number } }
  if (!doc) throw new Error(`The release was not created: HTTP ${created.status}.`)
  const act = async (who: { authorization: string }, action: string) => {
    const answer = await fetch(`${cms}/api/media-releases/${doc.id}/workflow`, {
      method: 'POST',
      headers: { authorization: who.authorization, 'content-type': 'application/json' },
      body: JSON.stringify({ action }),
    })
    if (!answer.ok)
      throw new Error(`${action} failed: HTTP ${answer.status} ${await answer.text()}`)
  }
  await act(writer, 'submit')
  await act(manager, 'approve')
  const started = Date.now()
  await act(manager, 'publish')
  while (Date.now() - started < 300_000) {
    if ((await fetch(`${site}/news/${slug}/`)).status === 200) {
      const seconds = (Date.now() - started) / 1000
      return {
        measure: 'publish → page live on the year’s data',
        value: seconds,
        unit: 's',
        note: `goal ≤ ${goalSeconds} s: ${seconds <= goalSeconds ? 'met' : 'NOT MET'}`,
      }
    }
    await pause(100)
  }
  return {
    measure: 'publish → page live on the year’s data',
    value: 300,
    unit: 's',
    note: 'NOT LIVE after 300 s',
  }
}
