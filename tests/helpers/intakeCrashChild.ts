import sharp from 'sharp'

import { closePayload, openPayload } from '../../cms/boot'
import { CORRESPONDENCE_FILES, REQUEST_PHOTOS } from '../../cms/core/slugs'
import { receiveEmail } from '../../cms/desk/inbound/receive'
import { submitRequest } from '../../cms/servicerequests'

/**
 * Run as its own process (`node --import tsx tests/helpers/intakeCrashChild.ts 311|desk`) on the
 * database the environment names: stores a 311 report with three photos, or a desk email with
 * three attachments, and stops dead after the second file's row is written, printing `STOPPED` so
 * that the test kills it there with SIGKILL, as a power cut would.
 */
const mode = process.argv[2]
const payload = await openPayload()

const STOP_AFTER = 2
const watched = mode === '311' ? REQUEST_PHOTOS : CORRESPONDENCE_FILES
let written = 0
const create = payload.create.bind(payload)
payload.create = (async (args: Parameters<typeof create>[0]) => {
  const doc = await create(args)
  if (args.collection === watched && ++written === STOP_AFTER) {
    console.log('STOPPED')
    await new Promise(() => {}) // until the SIGKILL
  }
  return doc
}) as typeof payload.create

const photo = (seed: number) =>
  sharp({ create: { width: 640, height: 480, channels: 3, background: { r: seed, g: 90, b: 40 } } })
    .jpeg()
    .toBuffer()

if (mode === '311') {
  const outcome = await submitRequest(payload, {
    serviceCode: 'POTHOLE',
    addressString: '123 Main Street',
    answers: { size: 'large' },
    description: 'Killed half-way',
    email: 'killed@example.ca',
    channel: 'app',
    photos: [
      { name: 'a.jpg', data: await photo(10) },
      { name: 'b.jpg', data: await photo(20) },
      { name: 'c.jpg', data: await photo(30) },
    ],
  })
  console.log(`NOT STOPPED: ${outcome.kind}`)
} else {
  const boundary = 'crash-boundary'
  const part = (name: string, text: string) =>
    [
      `--${boundary}`,
      `Content-Type: text/plain; name="${name}"`,
      `Content-Disposition: attachment; filename="${name}"`,
      '',
      text,
    ].join('\r\n')
  const raw = [
    'From: killed@example.ca',
    'To: desk@city.example',
    'Subject: Killed half-way',
    'Message-ID: <killed-half-way@example.ca>',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain',
    '',
    'Three files attached.',
    part('one.txt', 'first'),
    part('two.txt', 'second'),
    part('three.txt', 'third'),
    `--${boundary}--`,
    '',
  ].join('\r\n')
  const received = await receiveEmail(payload, raw, { to: ['desk@city.example'] })
  console.log(`NOT STOPPED: ${received.kind}`)
}
await closePayload(payload)
process.exit(1)
