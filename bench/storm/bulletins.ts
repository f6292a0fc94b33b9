import { richText } from '../../cms/core/text/lexical'
import type { Row } from '../table'
import type { ChannelReport } from '../channelClient'
import { signIn } from '../year/measure'
import { call } from './http'
import type { Recorder } from './recorder'

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export type Pressed = { token: string; pressedAt: number; identifier: string; servedMs: number }

/** A bulletin as an emergency officer fills it in (CAP's required fields, the area). */
const bulletin = (token: string) => ({
  title: `${token}: shelter in place, east end`,
  summary: `${token}. Downed lines on the east end: stay indoors.`,
  body: richText({
    paragraph: 'Crews are clearing downed lines. Stay indoors until further notice.',
  }),
  event: 'Thunderstorm',
  category: ['Met'],
  urgency: 'Immediate',
  severity: 'Severe',
  certainty: 'Observed',
  status: 'Actual',
  msgType: 'Alert',
  instruction: 'Stay indoors and away from downed lines.',
  areas: [
    {
      areaDesc: 'East end',
      geocodes: [{ valueName: 'profile:CAP-CP:Location:0.3', value: '3506008' }],
    },
  ],
  eventCode: 'thunderstorm',
  expires: new Date(Date.now() + 6 * 3_600_000).toISOString(),
  workflowState: 'draft',
})

/**
 * An emergency officer writes a bulletin and presses urgent-publish (REST, as the admin does);
 * then, through nginx, until `active.json` lists it and its CAP document is served.
 */
export const pressUrgent = (
  cms: string,
  site: string,
  token: string,
  recorder: Recorder,
): Promise<Pressed | null> =>
  pressAndWatch(cms, site, token, recorder).catch((error: Error) => {
    recorder.error('urgent bulletin: press → active.json and CAP served', error.message)
    return null
  })

/** A poll that fails (a refusal, a timeout under load) is one more try, not the end. */
const served = async (site: string, token: string) => {
  try {
    const active = await call(`${site}/emergency/active.json`, { timeoutMs: 5000 })
    const found = (
      JSON.parse(active.text || '{}') as { alerts?: { title?: string; identifier: string }[] }
    ).alerts?.find((alert) => alert.title?.includes(token))
    if (!found) return null
    const cap = await call(`${site}/emergency/cap/${found.identifier}.xml`, { timeoutMs: 5000 })
    return cap.status === 200 ? found.identifier : null
  } catch {
    return null
  }
}

const pressAndWatch = async (
  cms: string,
  site: string,
  token: string,
  recorder: Recorder,
): Promise<Pressed | null> => {
  const officer = await signIn(cms, 'emergency@city.example')
  const headers = { authorization: officer.authorization, 'content-type': 'application/json' }
  const created = await call(`${cms}/api/emergency-bulletins?draft=true`, {
    method: 'POST',
    headers,
    body: JSON.stringify(bulletin(token)),
  })
  const doc = created.status === 201 ? JSON.parse(created.text).doc : null
  if (!doc) {
    recorder.error('urgent bulletin: press → active.json and CAP served', created.text)
    return null
  }
  const pressedAt = Date.now()
  const pressed = await call(`${cms}/api/emergency-bulletins/${doc.id}/workflow`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ action: 'urgent-publish', comment: 'Storm.' }),
  })
  if (pressed.status !== 200) {
    recorder.error('urgent bulletin: press → active.json and CAP served', pressed.text)
    return null
  }
  const published = JSON.parse(pressed.text).doc as { uid?: string }
  for (;;) {
    const identifier = await served(site, token)
    if (identifier) {
      const servedMs = Date.now() - pressedAt
      recorder.ok('urgent bulletin: press → active.json and CAP served', servedMs)
      return { token, pressedAt, identifier, servedMs }
    }
    if (Date.now() - pressedAt > 120_000) {
      recorder.error(
        'urgent bulletin: press → active.json and CAP served',
        `not served after 120 s (${published.uid})`,
      )
      return null
    }
    await pause(20)
  }
}

type Arrival = { at: number; to: string }

/**
 * Per bulletin and channel: how many arrived, how many people twice (duplicates), how many of
 * those it was sent to never got it (losses, from the send's own totals), and press → the last
 * hand-off.
 */
export const deliveryRows = (
  pressed: Pressed[],
  expected: { email: number; push: number; sms: number },
  channels: ChannelReport,
): Row[] => {
  const rows: Row[] = []
  for (const bulletin of pressed) {
    const arrivals: Record<'email' | 'push' | 'sms', Arrival[]> = {
      // Staff's own notice of the press (to @city.example) carries the title too: not a subscriber.
      email: channels.email
        .filter((m) => m.token === bulletin.token && !m.to.endsWith('@city.example'))
        .map((m) => ({ at: m.at, to: m.to })),
      push: channels.push
        .filter((m) => m.title.includes(bulletin.token))
        .map((m) => ({ at: m.at, to: m.to })),
      sms: channels.sms
        .filter((m) => m.body.includes(bulletin.token))
        .map((m) => ({ at: m.at, to: m.to })),
    }
    for (const channel of ['email', 'push', 'sms'] as const) {
      const got = arrivals[channel]
      const people = new Set(got.map((a) => a.to)).size
      const last = got.length ? Math.max(...got.map((a) => a.at)) : 0
      const seconds = got.length ? (last - bulletin.pressedAt) / 1000 : 0
      const goal = channel === 'sms' ? '' : `; goal ≤ 60 s: ${seconds <= 60 ? 'met' : 'NOT MET'}`
      rows.push({
        measure: `${bulletin.token}: press → last ${channel} handed over`,
        value: seconds,
        unit: 's',
        note:
          `${got.length} of ${expected[channel]} delivered, ${got.length - people} duplicates, ` +
          `${Math.max(0, expected[channel] - people)} lost${goal}`,
      })
    }
  }
  return rows
}
