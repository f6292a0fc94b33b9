import { plainText } from '../../cms/core/text/lexical'
import { itemPath } from '../../site/lib/i18n/locales'
import type { CapArea, CapMessage, CapReference, CapText } from './cap'
import { type Language } from '../../site/lib/i18n'

/** A bulletin as the REST API gives it with `locale=all`: localized fields are `{ en, fr }`. */
type Localized<T = string> = { en?: T | null; fr?: T | null } | T | null | undefined
export type BulletinDoc = {
  id: number | string
  uid?: string | null
  slug: string
  slugFr?: string | null
  title: Localized
  summary: Localized
  body?: Localized<unknown>
  headline?: Localized
  instruction?: Localized
  event: Localized
  status: string
  msgType: string
  references?: (number | string | { id: number | string })[] | null
  category: string[]
  responseType?: string[] | null
  urgency: string
  severity: string
  certainty: string
  eventCode?: string | null
  effective?: string | null
  onset?: string | null
  expires: string
  publishedAt?: string | null
  updatedAt: string
  workflowState: string
  withdrawalReason?: Localized
  withdrawnAt?: string | null
  /** Major changes published since it first went out: each is a CAP Update of its own. */
  changeNotes?: { at?: string | null }[] | null
  broadcastImmediately?: 'Yes' | 'No' | null
  wirelessImmediate?: 'Yes' | 'No' | null
  areas: {
    areaDesc: Localized
    polygons?: { polygon: string }[] | null
    circles?: { circle: string }[] | null
    wards?: number[] | null
    /** The named wards' ground as CAP polygons, computed when the bulletin was saved. */
    wardPolygons?: unknown
    geocodes?: { valueName: string; value: string }[] | null
  }[]
}

const isLocalized = (value: unknown): value is { en?: unknown; fr?: unknown } =>
  Boolean(
    value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    ('en' in value || 'fr' in value) &&
    !('root' in value),
  )

/** The value in one language; English when asked for English or when the value is not localized. */
export const inLanguage = <T>(value: Localized<T>, language: Language): T | null => {
  if (isLocalized(value))
    return ((value as Record<string, T | null | undefined>)[language] ?? null) as T | null
  return language === 'en' ? ((value ?? null) as T | null) : null
}

const text = (bulletin: BulletinDoc, language: Language): CapText | null => {
  const event = inLanguage(bulletin.event, language)
  const title = inLanguage(bulletin.headline, language) || inLanguage(bulletin.title, language)
  const summary = inLanguage(bulletin.summary, language)
  if (!event || !title || !summary) return null
  const body = plainText(inLanguage(bulletin.body, language))
  return {
    event,
    headline: title,
    description: body ? `${summary}\n\n${body}` : summary,
    instruction: inLanguage(bulletin.instruction, language),
  }
}

const idOf = (ref: number | string | { id: number | string }) =>
  typeof ref === 'object' ? ref.id : ref

/**
 * One identifier per bulletin for all time, scoped by the sender's domain so it is unique among all
 * issuers: from the bulletin's permanent uid, never its row id alone (CAP identifiers must never be
 * reused, and a deleted row's id can be).
 */
export const capIdentifier = (
  sender: string,
  bulletin: { id: number | string; uid?: string | null },
): string =>
  `${sender.includes('@') ? sender.split('@')[1] : sender}-bulletin-${String(bulletin.uid || bulletin.id)}`

/** When the first message was sent: the bulletin's first publication. */
export const capSent = (bulletin: Pick<BulletinDoc, 'publishedAt' | 'updatedAt'>): Date =>
  new Date(bulletin.publishedAt ?? bulletin.updatedAt)

/**
 * The CAP messages a bulletin has sent, oldest first: its first publication, then one Update per
 * change note published since (`{identifier}-update-{n}`, sent when the note was). A CAP message
 * never changes once sent; a correction is a new message that references the ones before.
 */
export const capChain = (
  sender: string,
  bulletin: Pick<BulletinDoc, 'id' | 'uid' | 'publishedAt' | 'updatedAt' | 'changeNotes'>,
): { identifier: string; sent: Date }[] => {
  const first = { identifier: capIdentifier(sender, bulletin), sent: capSent(bulletin) }
  const notes = (bulletin.changeNotes ?? []).filter((note) => note?.at)
  return [
    first,
    ...notes.map((note, index) => ({
      identifier: `${first.identifier}-update-${index + 1}`,
      sent: new Date(note.at!),
    })),
  ]
}

/** The bulletin's current CAP message: the last of its chain. */
export const capLatest = (sender: string, bulletin: BulletinDoc) =>
  capChain(sender, bulletin).at(-1)!

export const toCapMessage = (
  bulletin: BulletinDoc,
  all: BulletinDoc[],
  sender: string,
  siteUrl: string,
): CapMessage => {
  const english = text(bulletin, 'en')
  const chain = capChain(sender, bulletin)
  const latest = chain.at(-1)!
  const earlier = chain.slice(0, -1)
  // An updated alert references its own messages before, then those of the alerts it names (each
  // with their updates: a Cancel cancels all of them).
  const references: CapReference[] = [
    ...earlier.map((message) => ({ sender, ...message })),
    ...(bulletin.references ?? []).map(idOf).flatMap((id) => {
      const referenced = all.find((b) => String(b.id) === String(id))
      return referenced
        ? capChain(sender, referenced).map((message) => ({ sender, ...message }))
        : []
    }),
  ]
  return {
    identifier: latest.identifier,
    sent: latest.sent,
    status: bulletin.status,
    msgType: earlier.length && bulletin.msgType === 'Alert' ? 'Update' : bulletin.msgType,
    references,
    category: bulletin.category,
    responseType: bulletin.responseType ?? [],
    urgency: bulletin.urgency,
    severity: bulletin.severity,
    certainty: bulletin.certainty,
    eventCode: bulletin.eventCode || null,
    effective: bulletin.effective ? new Date(bulletin.effective) : null,
    onset: bulletin.onset ? new Date(bulletin.onset) : null,
    expires: new Date(bulletin.expires),
    text: { en: english ?? { event: '', headline: '', description: '' }, fr: text(bulletin, 'fr') },
    web: `${siteUrl}${itemPath('emergency', bulletin, 'en')}`,
    webFr: `${siteUrl}${itemPath('emergency', bulletin, 'fr')}`,
    areas: bulletin.areas.map((area): CapArea => ({
      areaDesc: { en: inLanguage(area.areaDesc, 'en') ?? '', fr: inLanguage(area.areaDesc, 'fr') },
      polygons: [
        ...(area.polygons ?? []).map((p) => p.polygon),
        ...(Array.isArray(area.wardPolygons) ? area.wardPolygons.map(String) : []),
      ],
      circles: (area.circles ?? []).map((c) => c.circle),
      geocodes: area.geocodes ?? [],
    })),
    broadcastImmediately: bulletin.broadcastImmediately ?? 'No',
    wirelessImmediate: bulletin.wirelessImmediate ?? 'No',
  }
}
