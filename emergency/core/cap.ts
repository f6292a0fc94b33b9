import { checkExpires, checkReferences } from './bulletinRules'
import { xmlText } from '../../cms/core/text/xml'
import { capTime } from './capTime'
import { parseCircle, parsePolygon } from '../../cms/addresses/core/capShapes'
import { type Language } from '../../site/lib/i18n'

/**
 * Serialises a bulletin as a CAP 1.2 message following the Canadian profile (CAP-CP): profile code,
 * one <info> per language (en-CA, and fr-CA when the French text exists), SOREM layer parameters,
 * SGC geocodes. Pure: no Payload, no I/O. Bad input throws CapInputError with a sentence naming the
 * field.
 */
export class CapInputError extends Error {
  override name = 'CapInputError'
}

export type CapText = {
  event: string
  headline: string
  description: string
  instruction?: string | null
}
export type CapArea = {
  areaDesc: { en: string; fr?: string | null }
  polygons?: string[]
  circles?: string[]
  geocodes?: { valueName: string; value: string }[]
}
export type CapReference = { sender: string; identifier: string; sent: Date }

export type CapMessage = {
  identifier: string
  sent: Date
  status: string
  msgType: string
  references?: CapReference[]
  category: string[]
  responseType?: string[]
  urgency: string
  severity: string
  certainty: string
  eventCode?: string | null
  effective?: Date | null
  onset?: Date | null
  expires: Date
  text: { en: CapText; fr?: CapText | null }
  web: string
  /** The French page, for the French <info> block (the English page when absent). */
  webFr?: string | null
  areas: CapArea[]
  broadcastImmediately?: 'Yes' | 'No' | null
  wirelessImmediate?: 'Yes' | 'No' | null
}

export type CapIssuer = { sender: string; senderName: { en: string; fr: string }; contact?: string }

const CAP_NAMESPACE = 'urn:oasis:names:tc:emergency:cap:1.2'
const CAP_CP_PROFILE = 'profile:CAP-CP:0.4'
const CAP_CP_EVENT = 'profile:CAP-CP:Event:0.4'

const el = (name: string, value: unknown, indent: string) =>
  `${indent}<${name}>${xmlText(value)}</${name}>`

/**
 * CAP forbids spaces, commas and "&" / "<" in identifiers and sender (they separate references).
 */
const IDENTIFIER = /^[^\s,&<]+$/

const check = (message: CapMessage, issuer: CapIssuer) => {
  if (!IDENTIFIER.test(message.identifier))
    throw new CapInputError(
      `Identifier "${message.identifier}" may not contain spaces, commas, "&" or "<".`,
    )
  if (!IDENTIFIER.test(issuer.sender))
    throw new CapInputError(`Sender "${issuer.sender}" may not contain spaces, commas, "&" or "<".`)
  if (message.category.length === 0) throw new CapInputError('Category: choose at least one.')
  if (message.areas.length === 0) throw new CapInputError('Areas: describe at least one area.')
  if (!message.text.en.event.trim()) throw new CapInputError('Event: say what is happening.')
  const start = message.effective ?? message.sent
  const expiry = checkExpires(message.expires.toISOString(), start.toISOString())
  if (expiry !== true) throw new CapInputError(expiry)
  const references = checkReferences(message.references ?? [], message.msgType, undefined)
  if (references !== true) throw new CapInputError(references)
  message.areas.forEach((area, index) => {
    if (!area.areaDesc.en.trim())
      throw new CapInputError(`Area ${index + 1}: the description is empty.`)
    for (const polygon of area.polygons ?? []) {
      const parsed = parsePolygon(polygon)
      if (!parsed.ok) throw new CapInputError(`Area ${index + 1} polygon: ${parsed.error}.`)
    }
    for (const circle of area.circles ?? []) {
      const parsed = parseCircle(circle)
      if (!parsed.ok) throw new CapInputError(`Area ${index + 1} circle: ${parsed.error}.`)
    }
  })
}

/** Whitespace-normalised CAP coordinates ("lat,lon lat,lon …"), as CAP writes them. */
const normaliseShape = (shape: string) => shape.trim().split(/\s+/).join(' ')

const info = (message: CapMessage, issuer: CapIssuer, language: Language, text: CapText) => {
  const i = '    '
  const lines = [`  <info>`, el('language', language === 'en' ? 'en-CA' : 'fr-CA', i)]
  for (const category of message.category) lines.push(el('category', category, i))
  lines.push(el('event', text.event, i))
  for (const response of message.responseType ?? []) lines.push(el('responseType', response, i))
  lines.push(
    el('urgency', message.urgency, i),
    el('severity', message.severity, i),
    el('certainty', message.certainty, i),
  )
  if (message.eventCode)
    lines.push(
      `${i}<eventCode>`,
      el('valueName', CAP_CP_EVENT, `${i}  `),
      el('value', message.eventCode, `${i}  `),
      `${i}</eventCode>`,
    )
  if (message.effective) lines.push(el('effective', capTime(message.effective), i))
  if (message.onset) lines.push(el('onset', capTime(message.onset), i))
  lines.push(el('expires', capTime(message.expires), i))
  lines.push(
    el('senderName', issuer.senderName[language], i),
    el('headline', text.headline, i),
    el('description', text.description, i),
  )
  if (text.instruction) lines.push(el('instruction', text.instruction, i))
  lines.push(el('web', language === 'fr' && message.webFr ? message.webFr : message.web, i))
  if (issuer.contact) lines.push(el('contact', issuer.contact, i))
  const parameters: [string, string][] = [
    ['layer:SOREM:1.0:Broadcast_Immediately', message.broadcastImmediately ?? 'No'],
    ['layer:SOREM:2.0:WirelessImmediate', message.wirelessImmediate ?? 'No'],
  ]
  for (const [name, value] of parameters)
    lines.push(
      `${i}<parameter>`,
      el('valueName', name, `${i}  `),
      el('value', value, `${i}  `),
      `${i}</parameter>`,
    )
  for (const area of message.areas) {
    lines.push(
      `${i}<area>`,
      el('areaDesc', (language === 'fr' && area.areaDesc.fr) || area.areaDesc.en, `${i}  `),
    )
    for (const polygon of area.polygons ?? [])
      lines.push(el('polygon', normaliseShape(polygon), `${i}  `))
    for (const circle of area.circles ?? [])
      lines.push(el('circle', normaliseShape(circle), `${i}  `))
    for (const geocode of area.geocodes ?? []) {
      lines.push(
        `${i}  <geocode>`,
        el('valueName', geocode.valueName, `${i}    `),
        el('value', geocode.value, `${i}    `),
        `${i}  </geocode>`,
      )
    }
    lines.push(`${i}</area>`)
  }
  lines.push('  </info>')
  return lines
}

export const buildCapMessage = (message: CapMessage, issuer: CapIssuer): string => {
  check(message, issuer)
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<alert xmlns="${CAP_NAMESPACE}">`,
    el('identifier', message.identifier, '  '),
    el('sender', issuer.sender, '  '),
    el('sent', capTime(message.sent), '  '),
    el('status', message.status, '  '),
    el('msgType', message.msgType, '  '),
    el('scope', 'Public', '  '),
    el('code', CAP_CP_PROFILE, '  '),
    el('code', 'layer:SOREM:1.0', '  '),
    el('code', 'layer:SOREM:2.0', '  '),
  ]
  if (message.references?.length) {
    lines.push(
      el(
        'references',
        message.references.map((r) => `${r.sender},${r.identifier},${capTime(r.sent)}`).join(' '),
        '  ',
      ),
    )
  }
  lines.push(...info(message, issuer, 'en', message.text.en))
  if (message.text.fr) lines.push(...info(message, issuer, 'fr', message.text.fr))
  lines.push('</alert>', '')
  return lines.join('\n')
}
