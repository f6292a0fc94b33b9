import { createTransport } from 'nodemailer'
import sharp from 'sharp'

import { demoAddresses } from '../../cms/addresses/core/demoCity'
import { call, multipart, residentAddress } from './http'
import { paced, type Recorder } from './recorder'

/** What a resident's report asks, per service of the demo catalogue (its required questions). */
const SERVICES: [string, Record<string, string>][] = [
  ['POTHOLE', { size: 'large' }],
  ['TREE_ON_ROAD', { blocking: 'yes' }],
  ['STREETLIGHT', { problem: 'out' }],
  ['ILLEGAL_DUMPING', {}],
  ['MISSED_GARBAGE', { set_out_on_time: 'yes' }],
]
const REFERENCE = /SR-\d{4}-\d+(-\d+)*/

export type Stored = { references: Set<string>; photos: number }

/** A phone's photo: 12 megapixels of texture (noise does not compress, as real scenes barely do). */
export const phonePhoto = () =>
  sharp(
    Buffer.alloc(4000 * 3000 * 3).map((_, i) => (i * 7 + (i >> 12) * 13) & 255),
    {
      raw: { width: 4000, height: 3000, channels: 3 },
    },
  )
    .jpeg({ quality: 85 })
    .toBuffer()

/**
 * `count` 311 reports over `seconds`, each from its own address: half through Open311 (an app's
 * key), half through the site's form; one in ten with a photo; a third near an earlier report of
 * the same service (the form then shows the nearby reports, and the resident confirms theirs is
 * new). Answers the references the CMS gave, to check afterwards that each is stored whole.
 */
export const reportStream = async (
  cms: string,
  apiKey: string,
  count: number,
  seconds: number,
  recorder: Recorder,
): Promise<Stored> => {
  const places = demoAddresses(3000)
  const photo = await phonePhoto()
  const stored: Stored = { references: new Set(), photos: 0 }
  recorder.goal('311 report: Open311 POST', 500)
  recorder.goal('311 report: site form', 500)
  recorder.goal('311 report with a 12 MP photo', 2000)
  await paced(count, seconds, async (i) => {
    const [code, answers] = SERVICES[i % SERVICES.length]!
    const near = i % 3 === 1 && i > 3
    const place = places[((near ? i - 3 : i) * 7919) % places.length]!
    const fields: Record<string, string> = {
      service_code: near ? SERVICES[(i - 3) % SERVICES.length]![0] : code,
      lat: String(place.lat + (near ? 0.00003 : 0)),
      long: String(place.long),
      email: `storm${i}@example.ca`,
      description: `Storm report ${i}: ${code.toLowerCase().replace(/_/g, ' ')} after the wind.`,
    }
    const serviceAnswers = near ? SERVICES[(i - 3) % SERVICES.length]![1] : answers
    for (const [name, value] of Object.entries(serviceAnswers)) fields[`attribute[${name}]`] = value
    const withPhoto = i % 10 === 0
    const open311 = i % 2 === 0
    const operation = withPhoto
      ? '311 report with a 12 MP photo'
      : open311
        ? '311 report: Open311 POST'
        : '311 report: site form'
    const from = residentAddress(i)
    const send = async (extra: Record<string, string>) => {
      const form = new FormData()
      for (const [name, value] of Object.entries({ ...fields, ...extra })) form.append(name, value)
      if (withPhoto)
        form.append('media', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'IMG.jpg')
      const body = await multipart(form)
      const url = open311 ? `${cms}/open311/v2/requests.json` : `${cms}/api/service-requests/form`
      return call(url, {
        method: 'POST',
        headers: { 'content-type': body.type },
        body: body.bytes,
        from,
        timeoutMs: 60_000,
      })
    }
    await recorder.time(operation, async () => {
      let answer = await send(open311 ? { api_key: apiKey } : {})
      // The form showed reports nearby; this resident says theirs is new.
      if (!open311 && answer.status === 200 && !REFERENCE.test(answer.text))
        answer = await send({ confirm_new: 'yes' })
      const reference = REFERENCE.exec(answer.text)?.[0]
      if (answer.status >= 300 || !reference)
        return `HTTP ${answer.status} ${answer.text.replace(/\s+/g, ' ').slice(0, 100)}`
      stored.references.add(reference)
      if (withPhoto) stored.photos += 1
      return true
    })
  })
  return stored
}

/** `count` emails over `seconds` to the desk's and 311's addresses, over SMTP to the worker. */
export const deskMailStream = async (
  port: number,
  count: number,
  seconds: number,
  recorder: Recorder,
) => {
  // As a mail server sends: a pool of connections, each carrying at most the listener's 20
  // messages before it reconnects (cms/desk/inbound/listener.ts).
  const mailer = createTransport({
    host: '127.0.0.1',
    port,
    secure: false,
    pool: true,
    maxMessages: 20,
  })
  recorder.goal('email to the desk or 311 (SMTP accepted)', 500)
  await paced(
    count,
    seconds,
    (i) =>
      recorder.time('email to the desk or 311 (SMTP accepted)', async () => {
        await mailer.sendMail({
          from: `storm-mail-${i}@example.ca`,
          to: i % 2 ? 'contact@city.example' : '311@city.example',
          subject: `Storm question ${i}`,
          text: `Hello, a tree came down on our street in the storm (message ${i}). Who clears it?`,
          messageId: `<storm.${i}@example.ca>`,
        })
        return true
      }),
    8,
  )
  mailer.close()
}

/** `count` contact forms over `seconds`, each from its own address and email. */
export const deskFormStream = async (
  cms: string,
  count: number,
  seconds: number,
  recorder: Recorder,
) => {
  recorder.goal('desk web form (correspondence)', 500)
  await paced(count, seconds, (i) =>
    recorder.time('desk web form (correspondence)', async () => {
      const answer = await call(`${cms}/api/correspondence`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          contactName: `Storm resident ${i}`,
          email: `storm-form-${i}@example.ca`,
          subject: 'Power and trees after the storm',
          message: `When will the tree on my street be cleared? (form ${i})`,
          kind: 'general',
          consent: true,
          language: i % 4 === 0 ? 'fr' : 'en',
        }),
        from: residentAddress(100_000 + i),
      })
      return answer.status === 201 || `HTTP ${answer.status} ${answer.text.slice(0, 100)}`
    }),
  )
}
