import type { Payload } from 'payload'

import { ADDRESSES } from '../core/slugs'
import { relationId, relationTo } from '../core/relationId'
import { escapeHtml } from '../../site/lib/html'
import { strings } from '../../site/lib/i18n'
import { type Area, type PlaceField, type PlaceInput, readPlaceChoice } from './core/placeChoice'
import { type AlertArea, areaBox, reaches, type WardShapes } from './core/targeting'
import { checkAddress, loadWards, withinBox } from './register'

/** A register address offered when the typed one is not in it. */
export type PlaceSuggestion = { id: number | string; label: string; ward: string | null }

/** What a subscriber keeps of their place: the address's id, never its text. */
export type SubscriberPlace = { area: Area; wards: number[]; address: number | string | null }

export type PlaceAnswer =
  | { ok: true; value: SubscriberPlace }
  | { ok: false; field: PlaceField; message: string; suggestions: PlaceSuggestion[] }

/**
 * A sign-up's place on any channel, read once: the choice checked (placeChoice.ts), the address
 * found in the register as `/api/addresses/check` finds it, with the same suggestions when it is
 * not there.
 */
export const resolvePlace = async (payload: Payload, input: PlaceInput): Promise<PlaceAnswer> => {
  const wards = await loadWards(payload)
  const read = readPlaceChoice(
    input,
    wards.map((ward) => ward.number),
  )
  if (!read.ok) return { ...read, suggestions: [] }
  const { area, wards: chosen, address } = read.value
  if (!address) return { ok: true, value: { area, wards: chosen, address: null } }
  const checked = await checkAddress(payload, address)
  if (!checked.ok)
    return {
      ok: false,
      field: 'address',
      message: checked.message,
      suggestions: checked.suggestions.map(({ id, label, ward }) => ({ id, label, ward })),
    }
  return { ok: true, value: { area, wards: chosen, address: checked.address.id } }
}

/** The fields a place is stored in (`requested…` until a sign-up is confirmed). */
export const placeData = (place: SubscriberPlace, requested = false) =>
  requested
    ? {
        requestedArea: place.area,
        requestedWards: place.wards,
        requestedAddress: relationTo(place.address),
      }
    : { area: place.area, wards: place.wards, address: relationTo(place.address) }

/** The place a pending sign-up asked for. */
export const requestedPlace = (subscriber: {
  requestedArea?: string | null
  requestedWards?: unknown
  requestedAddress?: unknown
}): SubscriberPlace =>
  subscriber.requestedArea === 'mine'
    ? {
        area: 'mine',
        wards: Array.isArray(subscriber.requestedWards)
          ? subscriber.requestedWards.map(Number)
          : [],
        address: (relationId(subscriber.requestedAddress) as number | string | null) ?? null,
      }
    : { area: 'everywhere', wards: [], address: null }

/**
 * The register addresses an alert's area holds: read within the box around its ground (latitude
 * is indexed), then each one checked exactly. Few rows however many subscribers there are:
 * targeting asks the database for the subscribers at these addresses, not for every subscriber.
 */
export const addressesWithin = async (
  payload: Payload,
  area: AlertArea,
  wardShapes: WardShapes,
): Promise<(number | string)[]> => {
  const box = areaBox(area, wardShapes)
  if (!box) return []
  const { docs } = await payload.db.find<{ id: number | string; lat: number; long: number }>({
    collection: ADDRESSES,
    where: {
      and: withinBox({
        minLat: box.south,
        maxLat: box.north,
        minLong: box.west,
        maxLong: box.east,
      }),
    },
    select: { lat: true, long: true },
    pagination: false,
    limit: 0,
  })
  return docs
    .filter((doc) =>
      reaches(area, { point: { lat: doc.lat, long: doc.long }, wards: [] }, wardShapes),
    )
    .map((doc) => doc.id)
}

/** A form's answer to an address not in the register: the nearest ones, as a list. */
export const suggestionList = (
  suggestions: readonly PlaceSuggestion[] | undefined,
  language: 'en' | 'fr',
) =>
  suggestions?.length
    ? `<p>${escapeHtml(strings(language).place.nearby)}</p><ul>${suggestions
        .map((s) => `<li>${escapeHtml(s.label)}</li>`)
        .join('')}</ul>`
    : ''

/** A refused field as the JSON APIs give it, with the register's suggestions for an address. */
export const placeError = (refusal: {
  field: string
  message: string
  suggestions?: readonly PlaceSuggestion[]
}) => ({
  field: refusal.field,
  message: refusal.message,
  ...(refusal.suggestions?.length ? { suggestions: refusal.suggestions } : {}),
})

/**
 * The place fields of a form the CMS itself renders (the email manage page), as the site's
 * PlaceChoice component renders them, filled with what the subscriber has.
 */
export const placeFieldset = (
  language: 'en' | 'fr',
  wards: readonly { number: number; name: string; nameFr: string }[],
  current: { area: string; wards: readonly number[]; addressLabel: string },
) => {
  const p = strings(language).place
  const radio = (value: 'everywhere' | 'mine') =>
    `<label class="checkbox"><input type="radio" name="area" value="${value}"${current.area === value ? ' checked' : ''}> ${escapeHtml(p[value])}</label>`
  const wardBoxes = wards
    .map(
      (ward) =>
        `<label class="checkbox"><input type="checkbox" name="wards" value="${ward.number}"${current.wards.includes(ward.number) ? ' checked' : ''}> ${escapeHtml(language === 'fr' ? ward.nameFr : ward.name)}</label>`,
    )
    .join('')
  return (
    `<fieldset class="place"><legend>${escapeHtml(p.legend)}</legend>${radio('everywhere')}${radio('mine')}` +
    `<label for="place-address">${escapeHtml(p.address)} <span class="hint">${escapeHtml(p.addressHint)}</span></label>` +
    `<input id="place-address" name="address" type="text" autocomplete="address-line1" maxlength="200" value="${escapeHtml(current.addressLabel)}">` +
    (wardBoxes
      ? `<fieldset><legend>${escapeHtml(p.wardsLegend)}</legend>${wardBoxes}</fieldset>`
      : '') +
    `<p class="hint">${escapeHtml(p.keptNote)}</p></fieldset>`
  )
}

/**
 * What leaving does to a place: nothing of it is kept (the consent says the City erases it when the
 * person unsubscribes). Signing up again asks for it again.
 */
export const erasedPlace = () => ({
  area: 'everywhere' as const,
  address: null,
  wards: [] as number[],
  requestedArea: 'everywhere' as const,
  requestedAddress: null,
  requestedWards: [] as number[],
})
