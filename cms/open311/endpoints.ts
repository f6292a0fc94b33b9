import type { Endpoint, PayloadRequest, Where } from 'payload'

import { relationId } from '../core/relationId'
import { DEPARTMENTS, SERVICE_REQUESTS, SERVICE_TYPES } from '../core/slugs'
import {
  publicPhotos,
  loadServices,
  keywordsOf,
  type ServiceType,
  type RequestDoc,
} from '../servicerequests'
import { currentSettings } from '../settings'
import {
  discovery,
  requestView,
  serviceDefinition,
  serviceList,
  type ServiceEntry,
} from './core/documents'
import { commaList } from '../core/text/commaList'
import { noticeAttribute, noticeIn, questionsOf } from '../servicerequests/core/safety'
import { type Language } from '../../site/lib/i18n'
import { answer, CORS, fail, type Format } from './answers'
import { MAX_PAGE_SIZE, type Paging, ParameterError, readPaging, readWindow } from './core/paging'
import { loadWards } from '../addresses'
import { postRequest } from './post'
import { listUpdates, postUpdate } from './updates'
import { registerCallback } from './registerCallback'

/**
 * Open311 GeoReport v2 at `{CMS_URL}/open311/v2/` (Next rewrites it to these endpoints under /api):
 * discovery, the service list and definitions, requests (list, one, post) and tokens, each as
 * `.json` or `.xml`. Reading needs no key; posting needs an `api_key` from `api-clients`, within
 * the client's hourly limit. Browser apps may call it from anywhere (CORS), since it carries no
 * cookies and no personal data ever leaves through a GET.
 */

/** `services.json` → ['services', 'json']; a name without .json or .xml has no format. */
const split = (name: string): [string, Format | null] => {
  const match = /^(.*)\.(json|xml)$/i.exec(name)
  return match ? [match[1]!, match[2]!.toLowerCase() as Format] : [name, null]
}

const languageOf = (req: PayloadRequest): Language => {
  const asked = req.searchParams.get('locale') ?? req.searchParams.get('lang') ?? ''
  if (asked) return asked.toLowerCase().startsWith('fr') ? 'fr' : 'en'
  return /^fr\b/i.test(req.headers.get('accept-language') ?? '') ? 'fr' : 'en'
}

/** Discovery's `changeset`: when the catalogue last changed, so an app knows to read it again. */
const catalogueChangedAt = async (req: PayloadRequest) => {
  const { docs } = await req.payload.find({
    collection: SERVICE_TYPES,
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { updatedAt: true },
  })
  return new Date(docs[0]?.updatedAt ?? 0).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

const endpointUrl = () => `${currentSettings().cmsUrl}/open311/v2/`

const entryOf = (service: ServiceType, language: Language): ServiceEntry => ({
  code: service.code,
  name: service.name,
  nameFr: service.nameFr,
  description: service.description,
  descriptionFr: service.descriptionFr,
  group: language === 'fr' && service.groupFr ? service.groupFr : service.group,
  keywords: keywordsOf(service),
  notice: noticeIn(service, 'en'),
  noticeFr: noticeIn(service, 'fr'),
  // The notice (information only) and the safety question lead the definition.
  attributes: [noticeAttribute(service), ...questionsOf(service)].filter((a) => a !== null),
})

const departmentNames = async (req: PayloadRequest, language: Language) => {
  const { docs } = await req.payload.find({
    collection: DEPARTMENTS,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return new Map(docs.map((d) => [String(d.id), language === 'fr' ? d.nameFr : d.name]))
}

/**
 * The public view of requests: the service's name, the department's, nothing about the reporter.
 */
const viewsOf = async (
  req: PayloadRequest,
  docs: PublicRequest[],
  language: Language,
  extended = false,
) => {
  const services = new Map((await loadServices(req.payload, false)).map((s) => [String(s.id), s]))
  const departments = await departmentNames(req, language)
  const wards = extended
    ? new Map((await loadWards(req.payload)).map((w) => [String(w.id), w]))
    : new Map<string, never>()
  const photos = await publicPhotos(
    req.payload,
    docs.map((d) => d.id),
  )
  return docs.map((doc) => {
    const service = services.get(String(relationId(doc.service)))
    return requestView({
      reference: doc.reference,
      state: doc.state,
      statusNotes: doc.statusNotes,
      serviceCode: doc.serviceCode,
      serviceName: service ? (language === 'fr' ? service.nameFr : service.name) : doc.serviceCode,
      // Public only once staff approve it (what a resident typed may name people).
      description: doc.descriptionReview === 'approved' ? doc.description : null,
      // Forwarded: the outside agency has it now (Open311's "agency responsible").
      department:
        departments.get(
          String(relationId(doc.state === 'forwarded' ? doc.forwardedTo : doc.department)),
        ) ?? null,
      requestedAt: doc.requestedAt,
      updatedAt: doc.updatedAt,
      expectedAt: doc.status === 'open' ? doc.expectedAt : null,
      addressLabel: doc.addressLabel,
      addressId: relationId(doc.address) ?? null,
      lat: doc.lat,
      long: doc.long,
      mediaUrl: photos.get(String(doc.id))?.[0]?.url ?? null,
      extended: extended ? extendedOf(doc, wards, language, departments) : null,
    })
  })
}

const extendedOf = (
  doc: PublicRequest,
  wards: Map<string, { number: number; name: string; nameFr?: string | null }>,
  language: Language,
  departments: Map<string, string>,
) => {
  const ward = wards.get(String(relationId(doc.ward)))
  return {
    ward: ward?.number ?? null,
    wardName: ward ? (language === 'fr' && ward.nameFr ? ward.nameFr : ward.name) : null,
    department: departments.get(String(relationId(doc.department))) ?? null,
    closingReason: doc.status === 'closed' ? (doc.closingReason ?? null) : null,
    reopenCount: doc.reopenCount ?? 0,
  }
}

const PUBLIC_SELECT = {
  reference: true,
  state: true,
  status: true,
  statusNotes: true,
  serviceCode: true,
  service: true,
  description: true,
  descriptionReview: true,
  department: true,
  requestedAt: true,
  updatedAt: true,
  expectedAt: true,
  addressLabel: true,
  address: true,
  lat: true,
  long: true,
  ward: true,
  forwardedTo: true,
  closingReason: true,
  reopenCount: true,
} as const
/** A request as the public endpoints read it: only the fields above. */
type PublicRequest = Pick<RequestDoc, 'id' | keyof typeof PUBLIC_SELECT>

const MAX_RESULTS = MAX_PAGE_SIZE

const listRequests = async (req: PayloadRequest, format: Format) => {
  const language = languageOf(req)
  let paging: Paging
  // Named requests are listed whatever the dates say; otherwise the dates make the window.
  const ids = commaList(req.searchParams.get('service_request_id'))
  let window: { from: Date; to: Date } | null = null
  try {
    paging = readPaging(req.searchParams.get('page'), req.searchParams.get('page_size'))
    if (!ids.length)
      window = readWindow(req.searchParams.get('start_date'), req.searchParams.get('end_date'))
  } catch (error) {
    if (error instanceof ParameterError) return fail(format, 400, error.message)
    throw error
  }
  const conditions: Where[] = []
  if (!window) conditions.push({ reference: { in: ids.slice(0, MAX_RESULTS) } })
  else {
    const { from, to } = window
    conditions.push({ requestedAt: { greater_than_equal: from.toISOString() } })
    conditions.push({ requestedAt: { less_than_equal: to.toISOString() } })
    const codes = commaList(req.searchParams.get('service_code'))
    if (codes.length) conditions.push({ serviceCode: { in: codes } })
    const statuses = commaList(req.searchParams.get('status')).map((s) => s.toLowerCase())
    const unknown = statuses.filter((s) => s !== 'open' && s !== 'closed')
    if (unknown.length)
      return fail(format, 400, `\`status\` is open or closed, not ${unknown.join(', ')}.`)
    if (statuses.length) conditions.push({ status: { in: statuses } })
  }
  const { docs } = await req.payload.find({
    collection: SERVICE_REQUESTS,
    where: { and: conditions },
    // The id breaks ties (two reports in one millisecond keep their order across pages); SQLite's
    // indexes end with it, and PostgreSQL sorts the ties of one time only (an incremental sort).
    sort: ['-requestedAt', '-id'],
    limit: paging.size,
    // Open311 has no total: counting a year's matches cost as much as reading the first page, so
    // only a later page (which needs an offset) pays for the count Payload's paging makes.
    ...(paging.page > 1 ? { page: paging.page } : { pagination: false }),
    depth: 0,
    overrideAccess: true,
    select: PUBLIC_SELECT,
  })
  const extended = req.searchParams.get('extensions') === 'true'
  return answer(format, 'requests', await viewsOf(req, docs, language, extended))
}

const requestByField = async (req: PayloadRequest, field: 'reference' | 'token', value: string) => {
  const { docs } = await req.payload.find({
    collection: SERVICE_REQUESTS,
    where: { [field]: { equals: value } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { ...PUBLIC_SELECT, token: true },
  })
  return docs[0] ?? null
}

const withFormat =
  (name: string, run: (req: PayloadRequest, format: Format, base: string) => Promise<Response>) =>
  async (req: PayloadRequest) => {
    const [base, format] = split(String(req.routeParams?.[name] ?? ''))
    if (!format) return fail('json', 404, 'Add .json or .xml to the path, like services.json.')
    return run(req, format, base)
  }

/** The documents at the endpoint's top level; requests and updates are also posted to. */
const UPDATES = 'servicerequestupdates'
const CALLBACKS = 'callbacks'
const DOCUMENTS = ['discovery', 'services', 'requests', UPDATES, CALLBACKS]
const POSTED = ['requests', UPDATES, CALLBACKS]

const unknown = (format: Format, base: string) =>
  fail(format, 404, `There is no ${base}.${format}; start at discovery.${format}.`)

const notPosted = (format: Format, base: string) =>
  DOCUMENTS.includes(base)
    ? fail(format, 405, `${base}.${format} is only read; post to requests or ${UPDATES}.`)
    : unknown(format, base)

const options: Endpoint['handler'] = async () => new Response(null, { status: 204, headers: CORS })

export const open311Endpoints: Endpoint[] = [
  ...['/open311/v2/:document', '/open311/v2/:kind/:document'].map((path): Endpoint => ({
    path,
    method: 'options',
    handler: options,
  })),
  {
    path: '/open311/v2/:document',
    method: 'get',
    handler: withFormat('document', async (req, format, base) => {
      const language = languageOf(req)
      if (base === 'discovery')
        return answer(
          format,
          'discovery',
          discovery({
            endpoint: endpointUrl(),
            changeset: await catalogueChangedAt(req),
            contact: `311, ${currentSettings().cityName}: ${currentSettings().inbound.address311}`,
            keyService: `Ask ${currentSettings().inbound.address311} for an API key.`,
          }),
          200,
          'public, max-age=300',
        )
      if (base === 'services')
        return answer(
          format,
          'services',
          serviceList(
            (await loadServices(req.payload)).map((s) => entryOf(s, language)),
            language,
          ),
          200,
          'public, max-age=60',
        )
      if (base === 'requests') return listRequests(req, format)
      if (base === UPDATES) return listUpdates(req, format)
      if (base === CALLBACKS)
        return fail(format, 405, `Register with POST ${CALLBACKS}.${format} and your api_key.`)
      return unknown(format, base)
    }),
  },
  {
    path: '/open311/v2/:document',
    method: 'post',
    handler: withFormat('document', async (req, format, base) =>
      base === 'requests'
        ? postRequest(req, format)
        : base === UPDATES
          ? postUpdate(req, format)
          : base === CALLBACKS
            ? registerCallback(req, format)
            : notPosted(format, base),
    ),
  },
  {
    path: '/open311/v2/:kind/:document',
    method: 'post',
    handler: withFormat('document', async (_req, format, base) => unknown(format, base)),
  },
  // Every other method: 405 on a document that exists, 404 on one that does not.
  ...(['put', 'patch', 'delete'] as const).flatMap((method) =>
    ['/open311/v2/:document', '/open311/v2/:kind/:document'].map((path): Endpoint => ({
      path,
      method,
      handler: withFormat('document', async (_req, format, base) =>
        path.includes(':kind') || !DOCUMENTS.includes(base)
          ? unknown(format, base)
          : fail(
              format,
              405,
              `${base}.${format} is read with GET${POSTED.includes(base) ? ' and added to with POST' : ''}.`,
            ),
      ),
    })),
  ),
  {
    path: '/open311/v2/:kind/:document',
    method: 'get',
    handler: withFormat('document', async (req, format, base) => {
      const kind = String(req.routeParams?.kind ?? '')
      const language = languageOf(req)
      if (kind === 'services') {
        const service = (await loadServices(req.payload)).find((s) => s.code === base)
        if (!service)
          return fail(format, 404, `No service has the code ${base}; see services.${format}.`)
        return answer(
          format,
          'definition',
          serviceDefinition(entryOf(service, language), language),
          200,
          'public, max-age=60',
        )
      }
      if (kind === 'requests') {
        const doc = await requestByField(req, 'reference', base)
        if (!doc) return fail(format, 404, `No request has the id ${base}.`)
        const extended = req.searchParams.get('extensions') === 'true'
        return answer(format, 'requests', await viewsOf(req, [doc], language, extended))
      }
      if (kind === 'tokens') {
        const doc = await requestByField(req, 'token', base)
        if (!doc) return fail(format, 404, `No request has the token ${base}.`)
        return answer(format, 'requests', [{ service_request_id: doc.reference, token: base }])
      }
      return fail(
        format,
        404,
        `There is no ${kind}/${base}.${format}; start at discovery.${format}.`,
      )
    }),
  },
]
