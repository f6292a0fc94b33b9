import type { SiteService, SiteStreet, SiteWard } from '../../site/lib/types'
import { asAreaGeometry } from '../addresses/core/geo'
import {
  asksSafety,
  instructionIn,
  noticeIn,
  questionsOf,
  type SafetyFields,
} from '../servicerequests/core/safety'
/** Reads a CMS API path as an anonymous visitor (the snapshot's reader). */
type GetJson = (path: string) => Promise<unknown>

/**
 * The public 311 catalogue and ward outlines for the site's report form, read as an anonymous
 * visitor like the rest of the snapshot. Only what the form shows: codes, names, descriptions and
 * questions.
 */

type Row = Record<string, unknown>

const text = (value: unknown) => (typeof value === 'string' ? value : '')

const readAll = async (get: GetJson, path: string): Promise<Row[]> => {
  const answer = (await get(path)) as { docs?: Row[] }
  if (!Array.isArray(answer?.docs)) throw new Error(`The CMS answered ${path} without a docs list.`)
  return answer.docs
}

export const serviceForSite = (row: Row): SiteService => ({
  code: text(row.code),
  name: text(row.name),
  nameFr: text(row.nameFr) || text(row.name),
  description: text(row.description),
  descriptionFr: text(row.descriptionFr) || text(row.description),
  group: text(row.group),
  groupFr: text(row.groupFr) || text(row.group),
  notice: noticeIn(row as SafetyFields, 'en'),
  noticeFr: noticeIn(row as SafetyFields, 'fr'),
  safetyInstruction: asksSafety(row as SafetyFields)
    ? {
        en: instructionIn(row as SafetyFields, 'en'),
        fr: instructionIn(row as SafetyFields, 'fr'),
      }
    : null,
  // The safety question first, as intake checks it and Open311 defines it.
  questions: questionsOf(row as Parameters<typeof questionsOf>[0])
    .filter((a) => a.variable !== false)
    .map((a) => ({
      code: text(a.code),
      datatype: a.datatype,
      required: a.required === true,
      description: text(a.description),
      descriptionFr: text(a.descriptionFr) || text(a.description),
      hint: text(a.hint) || null,
      values: (a.values ?? []).map((v) => ({
        key: text(v.key),
        name: text(v.name),
        nameFr: text(v.nameFr) || text(v.name),
      })),
    })),
})

/**
 * The register's wards as the public reads them: number, names and outline. A row without a usable
 * outline is left out (the import and the admin's form refuse one; an old row must not stop a
 * build or an alert). The site's pages and the emergency files (a ward page's banner) read them so.
 */
export const readWards = async (get: GetJson): Promise<SiteWard[]> =>
  (await readAll(get, '/wards?pagination=false&depth=0&sort=number')).flatMap((w) => {
    const geometry = asAreaGeometry(w.geometry)
    return geometry && Number.isInteger(Number(w.number))
      ? [
          {
            number: Number(w.number),
            name: text(w.name),
            nameFr: text(w.nameFr) || text(w.name),
            geometry,
          },
        ]
      : []
  })

/** The register's streets as lines (`/api/addresses/streets`), drawn under the wards on maps. */
export const readStreets = async (get: GetJson): Promise<SiteStreet[]> => {
  const answer = await get('/addresses/streets')
  if (!Array.isArray(answer)) throw new Error('The CMS answered /addresses/streets without a list.')
  return answer.flatMap((row: Row) =>
    typeof row.street === 'string' && Array.isArray(row.lines)
      ? [{ street: row.street, lines: row.lines as SiteStreet['lines'] }]
      : [],
  )
}

export const read311 = async (
  get: GetJson,
): Promise<{ services: SiteService[]; wards: SiteWard[]; streets: SiteStreet[] }> => {
  const [services, wards, streets] = await Promise.all([
    readAll(
      get,
      '/service-types?where[active][not_equals]=false&pagination=false&depth=0&sort=code',
    ),
    readWards(get),
    readStreets(get),
  ])
  return { services: services.map(serviceForSite), wards, streets }
}
