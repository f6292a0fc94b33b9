import type { Payload } from 'payload'

import { relationId } from '../core/relationId'
import { SERVICE_REQUEST_SETTINGS, SERVICE_TYPES } from '../core/slugs'
import type { ServiceType } from '../payload-types'
import type { RequestRoutingRule } from './core/routing'
import { commaList } from '../core/text/commaList'

/** The catalogue as the services read it: the generated type. */
export type { ServiceType }

export const keywordsOf = (service: Pick<ServiceType, 'keywords'>) => commaList(service.keywords)

export const loadServices = async (payload: Payload, activeOnly = true): Promise<ServiceType[]> => {
  const { docs } = await payload.find({
    collection: SERVICE_TYPES,
    where: activeOnly ? { active: { not_equals: false } } : {},
    pagination: false,
    depth: 0,
    overrideAccess: true,
    sort: 'code',
  })
  return docs
}

export const serviceByCode = async (payload: Payload, code: unknown) => {
  if (typeof code !== 'string' || !code.trim()) return null
  const { docs } = await payload.find({
    collection: SERVICE_TYPES,
    where: { and: [{ code: { equals: code.trim() } }, { active: { not_equals: false } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] ?? null
}

export const serviceById = async (payload: Payload, id: unknown) => {
  if (id == null || id === '' || typeof id === 'object') return null
  const doc = await payload
    .findByID({
      collection: SERVICE_TYPES,
      id: String(id),
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    .catch(() => null)
  return doc && doc.active !== false ? doc : null
}

export const loadRoutingRules = async (payload: Payload): Promise<RequestRoutingRule[]> => {
  const settings = await payload.findGlobal({
    slug: SERVICE_REQUEST_SETTINGS,
    depth: 0,
    overrideAccess: true,
  })
  return (settings.routing ?? []).map((rule) => ({
    department: relationId(rule.department)!,
    queue: rule.queue ?? null,
    services: commaList(rule.services),
    wards: (rule.wards ?? []).map((w) => relationId(w)!).filter((w) => w != null),
    answers: (rule.answers ?? []).map((a) => ({ code: a.code, values: commaList(a.values) })),
  }))
}
