import { strings } from '../../site/lib/i18n'
import type { CapMessage } from './cap'

/**
 * The identifier of the Cancel that retires a deleted alert: derived from the alert's, so unique
 * too.
 */
const cancelIdentifierFor = (identifier: string) => `${identifier}-cancel`

/**
 * The CAP Cancel that tells receivers an alert in force was deleted: it references the alert
 * (sender, identifier, sent), keeps its category, event, event code and areas so receivers can
 * match it, and expires when the alert would have. Pure.
 */
export const cancelForDeleted = (
  original: CapMessage,
  sender: string,
  deletedAt: Date,
  siteUrl: string,
): CapMessage => {
  const fr = original.text.fr
  return {
    ...original,
    identifier: cancelIdentifierFor(original.identifier),
    sent: deletedAt,
    msgType: 'Cancel',
    references: [{ sender, identifier: original.identifier, sent: original.sent }],
    effective: null,
    onset: null,
    web: `${siteUrl}/emergency/`,
    webFr: `${siteUrl}/fr/urgences/`,
    text: {
      en: {
        event: original.text.en.event,
        headline: strings('en').emergency.cancelledHeadline(original.text.en.event),
        description: strings('en').emergency.cancelledDescription,
        instruction: null,
      },
      fr: fr
        ? {
            event: fr.event,
            headline: strings('fr').emergency.cancelledHeadline(fr.event),
            description: strings('fr').emergency.cancelledDescription,
            instruction: null,
          }
        : null,
    },
    broadcastImmediately: 'No',
    wirelessImmediate: 'No',
  }
}

/** A CAP message as JSON keeps its dates as text; this brings them back. */
export const capMessageFromJson = (json: Record<string, unknown>): CapMessage => {
  // The JSON is a CapMessage this code wrote when the alert was deleted (retired-items.capCancel);
  // only its dates came back as text.
  // eslint-disable-next-line no-restricted-syntax -- our own stored message (above)
  const m = json as unknown as CapMessage & {
    sent: string
    expires: string
    references?: { sender: string; identifier: string; sent: string }[]
  }
  return {
    ...m,
    sent: new Date(m.sent),
    expires: new Date(m.expires),
    effective: null,
    onset: null,
    references: (m.references ?? []).map((r) => ({ ...r, sent: new Date(r.sent) })),
  }
}
