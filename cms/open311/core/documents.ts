import { publicCoordinate } from '../../core/publicPoint'
import { publicDescription } from '../../core/text/publicText'
import { offsetDateTime } from '../../core/offsetDateTime'
import type { AttributeDefinition } from '../../servicerequests/core/attributes'
import { open311Status, type RequestState } from '../../servicerequests/core/model'
import { type Language } from '../../../site/lib/i18n'

/**
 * The GeoReport v2 documents, built from the catalogue and the requests. Only what the standard
 * lists leaves: a request's reporter (name, email, phone) never does, and contact details typed
 * into a description are removed before it is shown.
 */

export type ServiceEntry = {
  code: string
  name: string
  nameFr?: string | null
  description?: string | null
  descriptionFr?: string | null
  group?: string | null
  keywords?: readonly string[] | null
  /** Read before reporting: added to the description, and first in the definition. */
  notice?: string | null
  noticeFr?: string | null
  attributes?: readonly AttributeDefinition[] | null
}

export type RequestEntry = {
  reference: string
  state: RequestState
  statusNotes?: string | null
  serviceCode: string
  serviceName: string
  description?: string | null
  department?: string | null
  serviceNotice?: string | null
  requestedAt: string | Date
  updatedAt: string | Date
  expectedAt?: string | Date | null
  addressLabel?: string | null
  addressId?: string | number | null
  lat?: number | null
  long?: number | null
  mediaUrl?: string | null
  /** Given with `extensions=true`: what the standard has no field for. */
  extended?: {
    ward: number | null
    wardName: string | null
    department: string | null
    closingReason: string | null
    reopenCount: number
  } | null
}

const pick = (language: Language, en: string | null | undefined, fr: string | null | undefined) =>
  (language === 'fr' && fr?.trim() ? fr : en) ?? ''

export const serviceList = (services: readonly ServiceEntry[], language: Language) =>
  services.map((s) => ({
    service_code: s.code,
    service_name: pick(language, s.name, s.nameFr),
    description: [
      pick(language, s.description, s.descriptionFr),
      pick(language, s.notice, s.noticeFr),
    ]
      .filter(Boolean)
      .join(' '),
    metadata: (s.attributes ?? []).some((a) => a.variable !== false),
    type: 'realtime',
    keywords: (s.keywords ?? []).join(', '),
    group: s.group ?? '',
  }))

export const serviceDefinition = (service: ServiceEntry, language: Language) => ({
  service_code: service.code,
  attributes: [...(service.attributes ?? [])]
    .sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
    .map((a, index) => ({
      variable: a.variable !== false,
      code: a.code,
      datatype: a.datatype,
      required: a.required === true,
      datatype_description: a.hint ?? '',
      order: a.order ?? index + 1,
      description: pick(language, a.description, a.descriptionFr),
      values: (a.values ?? []).map((v) => ({ key: v.key, name: pick(language, v.name, v.nameFr) })),
    })),
})

/** W3C date-time with the City's offset, as the standard's examples write it. */
export const w3cTime = (value: string | Date | null | undefined, timeZone = 'America/Toronto') => {
  if (value == null) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : offsetDateTime(date, timeZone)
}

export { publicDescription }

export const requestView = (r: RequestEntry) => ({
  service_request_id: r.reference,
  status: open311Status(r.state),
  status_notes: r.statusNotes ?? '',
  service_name: r.serviceName,
  service_code: r.serviceCode,
  description: publicDescription(r.description),
  agency_responsible: r.department ?? '',
  service_notice: r.serviceNotice ?? '',
  requested_datetime: w3cTime(r.requestedAt),
  updated_datetime: w3cTime(r.updatedAt),
  expected_datetime: w3cTime(r.expectedAt),
  address: r.addressLabel ?? '',
  address_id: r.addressId == null ? '' : String(r.addressId),
  zipcode: '',
  lat: publicCoordinate(r.lat),
  long: publicCoordinate(r.long),
  media_url: r.mediaUrl ?? '',
  ...(r.extended
    ? {
        extended_attributes: {
          ward: r.extended.ward ?? '',
          ward_name: r.extended.wardName ?? '',
          department: r.extended.department ?? '',
          closing_reason: r.extended.closingReason ?? '',
          reopen_count: r.extended.reopenCount,
        },
      }
    : {}),
})

export const discovery = (args: {
  endpoint: string
  changeset: string
  contact: string
  keyService: string
}) => ({
  changeset: args.changeset,
  contact: args.contact,
  key_service: args.keyService,
  endpoints: [
    {
      specification: 'http://wiki.open311.org/GeoReport_v2',
      url: args.endpoint,
      changeset: args.changeset,
      type: 'production',
      formats: ['application/json', 'text/xml'],
    },
  ],
})

export type Open311Error = { code: number; description: string }

export const errorList = (errors: readonly Open311Error[]) =>
  errors.map((e) => ({ code: e.code, description: e.description }))
