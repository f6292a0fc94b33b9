import { escapeHtml } from '../../../site/lib/html'
import { strings, type Language } from '../../../site/lib/i18n'
import { oneLine } from '../../core/text/oneLine'
import type { ItemContent } from '../../outbox/core/item'
import { type EmailParts, footerHtml, footerText, page, type Sender } from './templates'

/**
 * A daily or weekly digest: what was published on the subscriber's topics in the period, each
 * item's title (a link to its page) and summary, oldest first, in the subscriber's language, with
 * the same CASL footer as every email.
 */
export const digestEmail = (args: {
  language: Language
  frequency: 'daily' | 'weekly'
  items: readonly ItemContent[]
  manageUrl: string
  unsubscribeUrl: string
  sender: Sender
  /** The City's own name, for the subject (the sender's may be a department's). */
  cityName: string
}): EmailParts => {
  const { language, frequency, items, sender } = args
  const w = strings(language).digest
  const subject = oneLine(w.subject(frequency, items.length, args.cityName))
  const links = { manage: args.manageUrl, unsubscribe: args.unsubscribeUrl }
  const why = w.why(frequency)
  const c = strings(language).change
  // An update of an item says so, and what changed.
  const titleOf = (item: ItemContent) => (item.change ? c.updatedTitle(item.title) : item.title)
  const summaryOf = (item: ItemContent) =>
    item.change ? `${c.whatChanged}: ${item.change}` : item.summary
  const text = [
    w.heading(frequency),
    '',
    ...items.flatMap((item) => [titleOf(item), summaryOf(item), item.url, '']),
    footerText(language, sender, links, why),
  ].join('\n')
  // An item without French text says so in its own language, for screen readers.
  const lang = (item: ItemContent) =>
    language === 'fr' && item.untranslated ? ' lang="en-CA"' : ''
  const html = page(
    language,
    subject,
    `<h1 style="font-size:24px">${escapeHtml(w.heading(frequency))}</h1>` +
      items
        .map(
          (item) =>
            `<h2 style="font-size:19px"${lang(item)}><a href="${escapeHtml(item.url)}">${escapeHtml(titleOf(item))}</a></h2><p${lang(item)}>${escapeHtml(summaryOf(item))}</p>`,
        )
        .join('') +
      footerHtml(language, sender, links, why),
  )
  return { subject, text, html }
}
