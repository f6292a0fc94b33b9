import { frenchCityName } from '../../../site/lib/city'
import { type AlertSms, alertSms } from './alertText'
import { strings, type Language } from '../../../site/lib/i18n'

/** What a text needs of an item (what every channel reads of it: `ItemContent`). */
export type ItemForText = {
  title: string
  summary: string
  url: string
  instruction?: string | null
  emergency?: boolean
  untranslated?: boolean
  /** An update's change note: the text says what changed instead of the summary. */
  change?: string | null
}

/** Texts are at most two segments: one or two messages on every phone, whatever the carrier. */
export const SMS_SEGMENTS = 2

/**
 * An item as a text message in one language: who sends it, the headline (an alert's) or title, what
 * to do (an alert's instruction, else the summary) and the link to its page; fitted to two segments
 * by cutting the instruction, then the headline, never the link. A French text of an item that has
 * no French version yet says it is in English.
 */
export const itemSms = (item: ItemForText, language: Language, cityName: string): AlertSms => {
  const city = language === 'fr' ? frenchCityName(cityName) : cityName
  const who = item.untranslated && language === 'fr' ? `${city} (en anglais)` : city
  return alertSms(
    {
      headline: `${who}: ${item.change ? strings(language).change.updatedTitle(item.title) : item.title}`,
      instruction: item.change || (item.emergency && item.instruction) || item.summary,
      url: item.url,
    },
    SMS_SEGMENTS,
  )
}
