import { DEMO_PASSWORD } from '../../cms/seed/demoUsers'
import type { Row } from '../table'
import { timeCalls, timedRow } from './timing'

type Log = (line: string) => void

/** Each read this many times, after a warm-up: enough for a p95 without taking the run's hour. */
const TIMES = 20
const GOAL_MS = 1000

/** Signs in as a person would: a 503 (the database busy, on a storm day) is tried again later. */
export const signIn = async (cms: string, email: string) => {
  for (let attempt = 1; ; attempt += 1) {
    const answer = await fetch(`${cms}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    })
    const body = (await answer.json().catch(() => ({}))) as { token?: string }
    if (body.token)
      return { cookie: `payload-token=${body.token}`, authorization: `JWT ${body.token}` }
    if (answer.status !== 503 || attempt >= 5)
      throw new Error(`Could not sign in as ${email}: HTTP ${answer.status}.`)
    const wait = Number(answer.headers.get('retry-after') ?? 5) * 1000
    await new Promise((resolve) => setTimeout(resolve, wait))
  }
}

const day = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10)

/**
 * What staff, apps and the public read on a year of data, through a running CMS (`npm start`'s
 * web process): the admin's dashboard and lists (the HTML Next renders, every panel's query run),
 * its searches, an edit, the dashboards' own data, Open311's GETs and the open-data export.
 */
export const measureYear = async (cms: string, log: Log): Promise<Row[]> => {
  const admin = await signIn(cms, 'admin@city.example')
  const page = (path: string) => () => fetch(`${cms}${path}`, { headers: { cookie: admin.cookie } })
  const api = (path: string) => () =>
    fetch(`${cms}/api${path}`, { headers: { authorization: admin.authorization } })
  const rows: Row[] = []
  const time = async (measure: string, call: (i: number) => Promise<Response>, goal = GOAL_MS) => {
    log(`  ${measure}…`)
    rows.push(timedRow(measure, await timeCalls(TIMES, call), goal))
  }
  await time('admin dashboard (every panel)', page('/admin'))
  for (const [collection, search] of [
    ['service-requests', 'pothole'],
    ['correspondence', 'waste'],
    ['media-releases', 'revised'],
    ['publications', 'revised'],
    ['deliveries', 'subscriber7'],
    ['subscribers', 'subscriber3'],
  ] as const) {
    await time(`admin list: ${collection}`, page(`/admin/collections/${collection}`))
    await time(
      `admin search: ${collection} “${search}”`,
      page(`/admin/collections/${collection}?search=${encodeURIComponent(search)}`),
    )
  }
  const [release] = (
    (await (await api('/media-releases?limit=1&depth=0&sort=-id')()).json()) as {
      docs: { id: number }[]
    }
  ).docs
  await time(
    'admin edit view: a media release',
    page(`/admin/collections/media-releases/${release!.id}`),
  )
  await time('admin save: a media release’s draft', (i) =>
    fetch(`${cms}/api/media-releases/${release!.id}?draft=true`, {
      method: 'PATCH',
      headers: { authorization: admin.authorization, 'content-type': 'application/json' },
      body: JSON.stringify({ summary: `Revised in the year bench (${i}).` }),
    }),
  )
  const year = `from=${day(-365)}&to=${day(0)}`
  await time('dashboard data: desk standards, a year', api(`/correspondence/standards?${year}`))
  await time('dashboard data: 311 trends, a year', api(`/service-requests/trends?${year}`))
  await time(
    'dashboard data: 311 trends, a month',
    api(`/service-requests/trends?from=${day(-30)}&to=${day(0)}`),
  )
  await time('Open311 GET requests.json (default: 90 days, up to 1,000)', () =>
    fetch(`${cms}/open311/v2/requests.json`),
  )
  await time('Open311 GET requests.json?status=open', () =>
    fetch(`${cms}/open311/v2/requests.json?status=open`),
  )
  await time('Open311 GET requests.json, one service, a month', () =>
    fetch(
      `${cms}/open311/v2/requests.json?service_code=POTHOLE&start_date=${day(-30)}T00:00:00Z&end_date=${day(0)}T23:59:59Z`,
    ),
  )
  const listed = (await (await fetch(`${cms}/open311/v2/requests.json`)).json()) as {
    service_request_id: string
  }[]
  await time('Open311 GET requests/{id}.json', (i) =>
    fetch(
      `${cms}/open311/v2/requests/${listed[Math.max(0, i) % listed.length]!.service_request_id}.json`,
    ),
  )
  log('  the open-data export, a year…')
  const started = performance.now()
  const exported = await fetch(`${cms}/api/service-requests/open-data.csv?${year}`)
  const bytes = (await exported.arrayBuffer()).byteLength
  rows.push({
    measure: 'open-data export: a year of 311 as CSV',
    value: (performance.now() - started) / 1000,
    unit: 's',
    note: `HTTP ${exported.status}, ${(bytes / 2 ** 20).toFixed(1)} MiB streamed`,
  })
  return rows
}
