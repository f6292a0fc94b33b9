import type { Payload } from 'payload'

import { publicCoordinate } from '../core/publicPoint'
import { escapeHtml } from '../../site/lib/html'
import { strings, type Language } from '../../site/lib/i18n'
import { projection } from '../../site/lib/mapProjection'
import { loadWards } from '../addresses'
import { relationId } from '../core/relationId'
import { SERVICE_REQUESTS } from '../core/slugs'
import { htmlPage } from '../http'
import { currentSettings } from '../settings'
import { loadServices } from './catalogue'
import { clusterPoints, clusterRadius } from './core/clusters'
import type { ServiceRequest } from '../payload-types'

/**
 * The public map of open reports, drawn from the City's ward outlines (no tile server), the reports
 * gathered into counted circles, with the same figures as tables for those who do not see the map.
 * Only place, service and count: nothing about who reported.
 */

type OpenRow = Pick<ServiceRequest, 'id' | 'serviceCode' | 'lat' | 'long' | 'ward'>

const openRequests = async (payload: Payload): Promise<OpenRow[]> => {
  const rows: OpenRow[] = []
  for (let page = 1; ; page += 1) {
    const result = await payload.find({
      collection: SERVICE_REQUESTS,
      where: { status: { equals: 'open' } },
      select: { serviceCode: true, lat: true, long: true, ward: true },
      depth: 0,
      limit: 5000,
      page,
      sort: 'id',
      overrideAccess: true,
    })
    rows.push(...result.docs)
    if (!result.hasNextPage) return rows
  }
}

const table = (caption: string, head: [string, string], rows: [string, number][]) =>
  `<table><caption>${escapeHtml(caption)}</caption><thead><tr><th scope="col">${escapeHtml(head[0])}</th><th scope="col">${escapeHtml(head[1])}</th></tr></thead><tbody>${rows
    .map(([name, count]) => `<tr><th scope="row">${escapeHtml(name)}</th><td>${count}</td></tr>`)
    .join('')}</tbody></table>`

export const mapPage = async (payload: Payload, language: Language) => {
  const t = strings(language).requests
  const [wards, rows, services] = await Promise.all([
    loadWards(payload),
    openRequests(payload),
    loadServices(payload, false),
  ])
  const map = projection(wards, 1000)
  const placed = rows.filter((r) => r.lat != null && r.long != null)
  const clusters = clusterPoints(
    placed.map((r) => ({
      x: map.x(publicCoordinate(r.long)!),
      y: map.y(publicCoordinate(r.lat)!),
    })),
    40,
  )
  const wardName = (w: { name: string; nameFr: string }) => (language === 'fr' ? w.nameFr : w.name)
  const svg =
    `<svg viewBox="0 0 ${map.width} ${map.height}" role="img" aria-label="${escapeHtml(t.mapImage(rows.length))}" style="width:100%;height:auto;border:2px solid #1b1b1b;background:#f3f2f1">` +
    wards
      .map((w) => {
        const at = map.labelAt(w.geometry)
        return `<path d="${map.path(w.geometry)}" fill="#fff" stroke="#0b3d91" stroke-width="3"/><text x="${at.x.toFixed(0)}" y="${at.y.toFixed(0)}" text-anchor="middle" font-size="28" fill="#1b1b1b">${escapeHtml(wardName(w))}</text>`
      })
      .join('') +
    clusters
      .map(
        (c) =>
          `<g><title>${escapeHtml(t.mapCluster(c.count))}</title><circle cx="${c.x.toFixed(1)}" cy="${c.y.toFixed(1)}" r="${clusterRadius(c.count).toFixed(1)}" fill="#a4111f" fill-opacity="0.85" stroke="#fff" stroke-width="2"/>${c.count > 1 ? `<text x="${c.x.toFixed(1)}" y="${(c.y + 7).toFixed(1)}" text-anchor="middle" font-size="20" fill="#fff">${c.count}</text>` : ''}</g>`,
      )
      .join('') +
    '</svg>'
  const byWard = new Map<string, number>()
  for (const row of rows) {
    const ward = wards.find((w) => String(w.id) === String(relationId(row.ward)))
    const name = ward ? wardName(ward) : t.noWard
    byWard.set(name, (byWard.get(name) ?? 0) + 1)
  }
  const serviceNames = new Map(services.map((s) => [s.code, language === 'fr' ? s.nameFr : s.name]))
  const byService = new Map<string, number>()
  for (const row of rows) {
    const name = serviceNames.get(row.serviceCode) ?? row.serviceCode
    byService.set(name, (byService.get(name) ?? 0) + 1)
  }
  const collator = new Intl.Collator(language === 'fr' ? 'fr-CA' : 'en-CA', { numeric: true })
  const cms = currentSettings().cmsUrl
  return htmlPage({
    title: t.mapTitle,
    language,
    siteUrl: currentSettings().siteUrl,
    body:
      `<p>${escapeHtml(t.mapLead)}</p><p>${escapeHtml(t.demoData)}</p>${svg}` +
      table(
        t.byWard,
        [t.wardColumn, t.countColumn],
        [...byWard].sort(([a], [b]) => collator.compare(a, b)),
      ) +
      table(
        t.byService,
        [t.serviceColumn, t.countColumn],
        [...byService].sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0])),
      ) +
      `<p>${escapeHtml(t.openData)} <a href="${escapeHtml(`${cms}/api/service-requests/open-data.csv`)}">CSV</a>, <a href="${escapeHtml(`${cms}/api/service-requests/open-data.geojson`)}">GeoJSON</a>.</p>`,
  })
}
