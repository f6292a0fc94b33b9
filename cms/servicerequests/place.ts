import type { Payload, PayloadRequest } from 'payload'

import { type LatLong, LocationError, readLatLong } from '../addresses/core/geo'
import { type AddressHit, checkAddress, loadAddress, placePoint } from '../addresses'

/**
 * Where a report is: an address id, an address from the register, or a point on the map (with the
 * register's nearest address as its public label). Each problem names its field.
 */

/** One thing to fix: the field, the API's words, and for pages in either language a `kind`. */
export type Problem = { field: string; message: string; kind?: string; suggestions?: AddressHit[] }

/** What a report says about its place. */
type PlaceInput = {
  lat?: unknown
  long?: unknown
  addressString?: unknown
  addressId?: unknown
  locationOptional?: boolean
  req?: PayloadRequest
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

export type Place = {
  point: LatLong | null
  label: string | null
  addressId: number | string | null
  wardId: number | string | null
}

export const findPlace = async (
  payload: Payload,
  input: PlaceInput,
  problems: Problem[],
): Promise<Place | null> => {
  const hasPoint = text(String(input.lat ?? '')) !== '' || text(String(input.long ?? '')) !== ''
  if (input.addressId != null && input.addressId !== '') {
    const address = await loadAddress(payload, input.addressId)
    if (!address) {
      problems.push({
        field: 'address_id',
        message: `No address has the id ${String(input.addressId)}; search with /api/addresses/search?q=.`,
      })
      return null
    }
    return {
      point: { lat: address.lat, long: address.long },
      label: address.label,
      addressId: address.id,
      wardId: address.wardId,
    }
  }
  if (text(input.addressString)) {
    const checked = await checkAddress(payload, text(input.addressString))
    if (checked.ok)
      return {
        point: { lat: checked.address.lat, long: checked.address.long },
        label: checked.address.label,
        addressId: checked.address.id,
        wardId: checked.address.wardId,
      }
    if (!hasPoint) {
      problems.push({
        field: 'address_string',
        message: checked.message,
        suggestions: checked.suggestions,
      })
      return null
    }
  }
  if (hasPoint) {
    try {
      const point = readLatLong(input.lat, input.long)
      const placed = await placePoint(payload, point, input.req)
      const near = placed.nearest
      const label = near ? (near.metres <= 25 ? near.label : `Near ${near.label}`) : null
      // What a person typed beside the point is never the public label (a name or a phone number
      // typed there was published word for word): the register's nearest address is; the typed
      // text stays in the staff history.
      return {
        point,
        label,
        addressId: near && near.metres <= 25 ? near.id : null,
        wardId: placed.ward?.id ?? null,
      }
    } catch (error) {
      if (error instanceof LocationError) {
        problems.push({ field: error.field, message: error.message, kind: error.reason })
        return null
      }
      throw error
    }
  }
  if (input.locationOptional) return { point: null, label: null, addressId: null, wardId: null }
  problems.push({
    field: 'lat',
    kind: 'missing',
    message:
      'Say where the problem is: a point on the map (lat and long), an address (address_string) or an address id.',
  })
  return null
}

/** The address as typed, for staff, when it is not what the public sees. */
export const typedAddress = (
  input: { addressString?: unknown },
  label: string | null | undefined,
) => {
  const typed = text(input.addressString)
  return typed && typed !== label ? ` (typed: "${typed.slice(0, 200)}")` : ''
}
