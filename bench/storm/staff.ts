import { richText } from '../../cms/core/text/lexical'
import { signIn } from '../year/measure'
import { call } from './http'
import type { Recorder } from './recorder'

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const THINK_MS = 2000

type Session = { cookie: string; authorization: string }

const json = (text: string) => {
  try {
    return JSON.parse(text)
  } catch {
    return {}
  }
}

/**
 * Five staff at work until `until`, each pausing 2 s between actions as people do: a 311 agent
 * (open requests, status changes), a desk agent (new cases, replies), a writer (releases, draft
 * edits), a manager (the dashboard, and once a release through the workflow), and a supervisor
 * reading the admin's lists.
 */
export const staffSessions = async (cms: string, until: number, recorder: Recorder) => {
  for (const operation of [
    'staff: admin list (REST)',
    'staff: admin list page (HTML)',
    'staff: admin dashboard (HTML)',
    'staff: edit (save a draft)',
    'staff: 311 status change',
    'staff: desk reply',
    'staff: workflow action',
  ])
    recorder.goal(operation, 1000)
  // One after the other: two sign-ins of one person at the same moment can lose one of the two
  // sessions (each adds itself to the user's list of sessions), and that person then meets 403.
  const sessions: Session[] = []
  for (const email of [
    'admin@city.example',
    'desk@city.example',
    'writer@city.example',
    'manager@city.example',
    'admin@city.example',
  ])
    sessions.push(await signIn(cms, email))
  const [agent, desk, writer, manager, supervisor] = sessions
  const api = (who: Session, path: string, method = 'GET', body?: unknown) =>
    call(`${cms}/api${path}`, {
      method,
      headers: { authorization: who.authorization, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  const page = (who: Session, path: string) =>
    call(`${cms}${path}`, { headers: { cookie: who.cookie } })
  const loop = async (work: () => Promise<void>) => {
    while (Date.now() < until) {
      await work()
      await pause(THINK_MS)
    }
  }
  let releaseId: number | null = null
  // Once submitted, the writer leaves it alone (an edit would take it back to draft).
  let submitted = false
  await Promise.all([
    loop(async () => {
      let list: { docs?: { id: number; state: string }[] } = {}
      await recorder.time('staff: admin list (REST)', async () => {
        const answer = await api(
          agent!,
          '/service-requests?where[state][equals]=new&limit=20&depth=0&sort=-requestedAt',
        )
        list = json(answer.text)
        return answer.status === 200 || `HTTP ${answer.status}`
      })
      const next = list.docs?.[0]
      if (!next) return
      await pause(THINK_MS)
      await recorder.time('staff: 311 status change', async () => {
        const answer = await api(agent!, `/service-requests/${next.id}/status`, 'POST', {
          state: 'acknowledged',
        })
        return answer.status === 200 || `HTTP ${answer.status} ${answer.text.slice(0, 100)}`
      })
    }),
    loop(async () => {
      let list: { docs?: { id: number }[] } = {}
      await recorder.time('staff: admin list (REST)', async () => {
        const answer = await api(desk!, '/correspondence?where[state][equals]=new&limit=20&depth=0')
        list = json(answer.text)
        return answer.status === 200 || `HTTP ${answer.status}`
      })
      const next = list.docs?.[0]
      if (!next) return
      await pause(THINK_MS)
      await recorder.time('staff: desk reply', async () => {
        const answer = await api(desk!, `/correspondence/${next.id}/reply`, 'POST', {
          message: 'Thank you. Crews are clearing trees street by street; yours is on the list.',
        })
        return answer.status === 200 || `HTTP ${answer.status} ${answer.text.slice(0, 100)}`
      })
    }),
    loop(async () => {
      if (releaseId === null) {
        const created = await api(writer!, '/media-releases?draft=true', 'POST', {
          title: 'Storm update: crews at work',
          slug: `storm-update-${Date.now()}`,
          summary: 'Crews are clearing roads and restoring power.',
          body: richText({
            paragraph: 'Crews are clearing roads and restoring power street by street.',
          }),
          workflowState: 'draft',
        })
        releaseId = json(created.text).doc?.id ?? null
        return
      }
      if (submitted) return
      await recorder.time('staff: edit (save a draft)', async () => {
        const answer = await api(writer!, `/media-releases/${releaseId}?draft=true`, 'PATCH', {
          summary: `Crews are clearing roads and restoring power (${new Date().toISOString()}).`,
        })
        return answer.status === 200 || `HTTP ${answer.status} ${answer.text.slice(0, 100)}`
      })
    }),
    (async () => {
      await pause((until - Date.now()) / 2)
      // Half-way through, the writer's update goes out: submitted, approved, published.
      submitted = true
      await pause(THINK_MS * 3) // an edit in flight lands first
      for (const [who, action] of [
        [writer, 'submit'],
        [manager, 'approve'],
        [manager, 'publish'],
      ] as const) {
        if (releaseId === null) break
        await recorder.time('staff: workflow action', async () => {
          const answer = await api(who!, `/media-releases/${releaseId}/workflow`, 'POST', {
            action,
          })
          return answer.status === 200 || `HTTP ${answer.status} ${answer.text.slice(0, 100)}`
        })
        await pause(THINK_MS)
      }
    })(),
    loop(() =>
      recorder.time('staff: admin dashboard (HTML)', async () => {
        const answer = await page(manager!, '/admin')
        return answer.status === 200 || `HTTP ${answer.status}`
      }),
    ),
    loop(async () => {
      for (const collection of ['service-requests', 'correspondence', 'media-releases']) {
        await recorder.time('staff: admin list page (HTML)', async () => {
          const answer = await page(supervisor!, `/admin/collections/${collection}`)
          return answer.status === 200 || `HTTP ${answer.status}`
        })
        await pause(THINK_MS)
      }
    }),
  ])
}
