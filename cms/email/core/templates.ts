import { escapeHtml } from '../../../site/lib/html'
import { en } from '../../../site/lib/i18n/en'
import { fr } from '../../../site/lib/i18n/fr'
import { type SubscriptionTopic, topicLabel } from '../../../site/lib/subscriptionTopics'
import { oneLine } from '../../core/text/oneLine'
import type { ItemContent } from '../../outbox/core/item'
import { strings, type Language } from '../../../site/lib/i18n'

/**
 * Every email residents receive, in English and French: a plain-text part and an accessible HTML
 * part (real headings, readable without images, no colours that break in dark mode), the City named
 * as the sender, and the CASL footer: who we are, our postal address, how to unsubscribe or change
 * topics.
 */
export type EmailParts = { subject: string; text: string; html: string }
export type Sender = { cityName: string; postalAddress: string }

const WORDS = { en: en.email, fr: fr.email }

/** What a subscriber agrees to when confirming; stored word for word with the consent record. */
export const consentSentence = (language: Language, cityName: string) =>
  WORDS[language].consent(cityName)

export const page = (language: Language, subject: string, body: string) =>
  `<!doctype html><html lang="${language}-CA"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark"><title>${escapeHtml(subject)}</title></head>` +
  `<body style="margin:0;padding:16px;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:17px;line-height:1.5"><main style="max-width:36rem;margin:0 auto">${body}</main></body></html>`

export const footerHtml = (
  language: Language,
  sender: Sender,
  links: { manage?: string; unsubscribe?: string },
  why?: string,
) => {
  const w = WORDS[language]
  const items = [
    why ? `<p>${escapeHtml(why)}</p>` : '',
    links.manage || links.unsubscribe
      ? `<p>${links.manage ? `<a href="${escapeHtml(links.manage)}">${w.manage}</a>` : ''}${links.manage && links.unsubscribe ? ' · ' : ''}${links.unsubscribe ? `<a href="${escapeHtml(links.unsubscribe)}">${w.unsubscribe}</a>` : ''}</p>`
      : '',
    `<p>${escapeHtml(w.sentBy(sender.cityName))}<br>${escapeHtml(sender.postalAddress)}</p>`,
  ]
  return `<hr><footer style="font-size:15px">${items.join('')}</footer>`
}

export const footerText = (
  language: Language,
  sender: Sender,
  links: { manage?: string; unsubscribe?: string },
  why?: string,
) => {
  const w = WORDS[language]
  return [
    '--',
    ...(why ? [why] : []),
    ...(links.manage ? [`${w.manage}: ${links.manage}`] : []),
    ...(links.unsubscribe ? [`${w.unsubscribe}: ${links.unsubscribe}`] : []),
    w.sentBy(sender.cityName),
    sender.postalAddress,
  ].join('\n')
}

export const confirmationEmail = (args: {
  language: Language
  confirmUrl: string
  topics: SubscriptionTopic[]
  sender: Sender
}): EmailParts => {
  const { language, confirmUrl, topics, sender } = args
  const w = WORDS[language]
  const subject = w.confirmSubject(sender.cityName)
  const list = topics.map((topic) => topicLabel(topic, language))
  const text = [
    w.confirmHeading,
    '',
    w.confirmLead,
    ...list.map((l) => `- ${l}`),
    '',
    `${w.confirmAction}: ${confirmUrl}`,
    '',
    w.consent(sender.cityName),
    '',
    w.confirmIgnore,
    '',
    footerText(language, sender, {}),
  ].join('\n')
  const html = page(
    language,
    subject,
    `<h1 style="font-size:24px">${escapeHtml(w.confirmHeading)}</h1><p>${escapeHtml(w.confirmLead)}</p><ul>${list.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>` +
      `<p><a href="${escapeHtml(confirmUrl)}" style="font-weight:700">${escapeHtml(w.confirmAction)}</a></p><p>${escapeHtml(w.consent(sender.cityName))}</p><p>${escapeHtml(w.confirmIgnore)}</p>` +
      footerHtml(language, sender, {}),
  )
  return { subject, text, html }
}

export const itemEmail = (args: {
  language: Language
  item: ItemContent
  manageUrl: string
  unsubscribeUrl: string
  sender: Sender
}): EmailParts => {
  const { language, item, manageUrl, unsubscribeUrl, sender } = args
  const w = WORDS[language]
  const c = strings(language).change
  const title = item.change ? c.updatedTitle(item.title) : item.title
  // "URGENT" reads the same in English and French.
  const subject = oneLine(item.emergency ? `URGENT: ${title}` : title)
  const why = w.whyYou(topicLabel(item.topic, language))
  const links = { manage: manageUrl, unsubscribe: unsubscribeUrl }
  const untranslated = language === 'fr' && item.untranslated === true
  // The English passages of a French email say so, for screen readers and translation tools.
  const en = untranslated ? ' lang="en-CA"' : ''
  const text = [
    ...(untranslated ? [w.untranslated, ''] : []),
    title,
    '',
    ...(item.change ? [`${c.whatChanged}: ${item.change}`, ''] : []),
    item.summary,
    ...(item.instruction ? ['', `${w.whatToDo}: ${item.instruction}`] : []),
    '',
    `${w.readMore(item.title)}: ${item.url}`,
    '',
    footerText(language, sender, links, why),
  ].join('\n')
  const html = page(
    language,
    subject,
    (untranslated ? `<p><em>${escapeHtml(w.untranslated)}</em></p>` : '') +
      `<h1 style="font-size:24px"${en}>${escapeHtml(title)}</h1>` +
      (item.change
        ? `<h2 style="font-size:19px">${escapeHtml(c.whatChanged)}</h2><p><strong>${escapeHtml(item.change)}</strong></p>`
        : '') +
      `<p${en}>${escapeHtml(item.summary)}</p>` +
      (item.instruction
        ? `<h2 style="font-size:19px">${escapeHtml(w.whatToDo)}</h2><p${en}><strong>${escapeHtml(item.instruction)}</strong></p>`
        : '') +
      `<p><a href="${escapeHtml(item.url)}">${escapeHtml(w.readMore(item.title))}</a></p>` +
      footerHtml(language, sender, links, why),
  )
  return { subject, text, html }
}
