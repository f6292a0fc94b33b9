import type { Payload } from 'payload'

import { newerInScope, receiveOnce } from '../coordination'
import { toE164 } from '../core/text/phone'
import type { Settings } from '../settings'
import { commandOf } from './core/keywords'
import { receiveSms } from './subscriptions'

/** A gateway may replay a webhook for days; each message is acted on once within this. */
export const WEBHOOK_MEMORY_MS = 7 * 24 * 60 * 60 * 1000

/** The commands whose order matters: the last one the person sent is the one that holds. */
const STATE_COMMANDS = ['stop', 'start']

export type InboundText = {
  from: string
  body: string
  /** The gateway's id of the message (Twilio's MessageSid). */
  sid: string | null
  /** When the person sent it, if the gateway says (its `Timestamp`); else when it arrived. */
  sentAt: Date | null
}

/**
 * A text to the City's number, taken once: a webhook replayed (the same MessageSid, correctly
 * signed) does nothing the second time, and a STOP or START that arrives after a later one from
 * the same number (the gateway retried it) is recorded but changes nothing.
 */
export const receiveSmsOnce = async (
  payload: Payload,
  settings: Settings,
  text: InboundText,
  now = new Date(),
): Promise<{ acted: boolean; reason?: string }> => {
  const command = commandOf(text.body)
  const phone = toE164(text.from)
  const scope = phone ? `sms:${phone}` : undefined
  const at = text.sentAt && text.sentAt.getTime() <= now.getTime() ? text.sentAt : now
  if (text.sid) {
    const once = await receiveOnce(payload, `sms:${text.sid}`, {
      ttlMs: WEBHOOK_MEMORY_MS,
      scope,
      action: command,
      at,
      now,
    })
    if (!once.first) return { acted: false, reason: `already received ${text.sid}` }
  }
  if (scope && STATE_COMMANDS.includes(command))
    if (await newerInScope(payload, scope, STATE_COMMANDS, at))
      return { acted: false, reason: `a later STOP or START from ${phone} holds` }
  await receiveSms(payload, settings, { from: text.from, body: text.body }, now)
  return { acted: true }
}

/** The gateway's send time, when it gives one (ISO 8601 or an HTTP date); null otherwise. */
export const sentAtOf = (value: unknown): Date | null => {
  if (typeof value !== 'string' || value.length > 64) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}
