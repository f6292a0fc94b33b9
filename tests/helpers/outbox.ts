import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

/**
 * The emails the CMS wrote to its file outbox (no SMTP_URL in tests), parsed just enough to assert on;
 * with `payload`, after letting the outbox send what is queued.
 */
export const outbox = async (
  payload?: Payload,
): Promise<{ to: string; subject: string; text: string }[]> => {
  if (payload) await drainOutbox(payload)
  const dir = process.env.OUTBOX_DIR!
  const files = (await readdir(dir).catch(() => [] as string[]))
    .filter((file) => file.endsWith('.eml'))
    .sort()
  return Promise.all(
    files.map(async (file) => {
      const raw = await readFile(path.join(dir, file), 'utf8')
      // A long header is folded over several lines; encoded words side by side join (RFC 2047).
      const header = (name: string) =>
        (new RegExp(`^${name}: (.*(?:\\r?\\n[ \\t].*)*)`, 'm').exec(raw)?.[1] ?? '')
          .replace(/\r?\n[ \t]+/g, ' ')
          .replace(/\?=\s+=\?/g, '?==?')
          .trim()
      return { to: header('To'), subject: decodeHeader(header('Subject')), text: raw }
    }),
  )
}

const decodeHeader = (value: string) =>
  value.replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_m, encoding: string, text: string) =>
    encoding.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : // Q-encoded bytes are UTF-8 (a curly apostrophe is three): decoded together, not one by one.
        decodeURIComponent(
          text
            .replace(/%/g, '%25')
            .replace(/_/g, ' ')
            .replace(/=([0-9A-F]{2})/gi, '%$1'),
        ),
  )

/**
 * Requests only queue mail; the outbox sends it a moment later. Tests that read what arrived first
 * let the outbox finish: waits for a publication's alerts to be queued (publishing does not wait for
 * that), then runs the worker until nothing due is queued or in flight.
 */
export const drainOutbox = async (payload: Payload) => {
  const { sendOutbox } = await import('../../cms/outbox/run')
  const { outboxBacklog } = await import('../../cms/outbox/status')
  const { queueingIdle } = await import('../../cms/workflow/effects')
  for (let round = 0; round < 20; round += 1) {
    await queueingIdle()
    await sendOutbox(payload)
    const { due, inFlight } = await outboxBacklog(payload)
    if (due === 0 && inFlight === 0) return
  }
  throw new Error('The outbox did not drain in 20 runs.')
}
