import { activeAlerts, listed } from '../lib/content'
import { SECTION_BASE, slugIn, SUB_PAGE, type Language } from '../lib/i18n'
import { kindsPresent } from '../lib/labels'
import { archiveHref, archivePages, frontItems, olderThanFront, paginatePaths } from '../lib/paging'
import { filterCombinations, segmentsOf } from '../lib/sponsorshipFilters'
import type { ListSection } from '../lib/sections'
import { archivesToRender, builtAt, itemsToRender, sectionToRender, snapshot } from './data'

/** A listing section's paths, or none when this build takes its pages from the build before. */
const inSection = <T>(section: ListSection, paths: () => T[]): T[] =>
  sectionToRender(section) ? paths() : []

/**
 * The static paths of every route, for both languages: the English route files and their French
 * twins under pages/fr/ call these with their locale, so both languages always have the same pages.
 */
export const releasePaths = (locale: Language) =>
  itemsToRender('releases', snapshot().releases).map((release) => ({
    params: { slug: slugIn(release, locale) },
    props: { release, locale },
  }))

/**
 * The news front page: the newest releases, leading to the archive (counted from the oldest, so a
 * new release renders only the front page and the archive's newest page).
 */
export const newsListPaths = (locale: Language) =>
  inSection('news', () => {
    const releases = listed(snapshot().releases)
    const older = olderThanFront(releases.length)
    return [
      {
        params: { page: undefined },
        props: {
          items: frontItems(releases),
          locale,
          older: older === null ? null : archiveHref(SUB_PAGE[locale].newsArchive, older),
        },
      },
    ]
  })

/** The news archive's pages: /news/archive/{n}/ and /fr/nouvelles/archives/{n}/. */
export const newsArchivePaths = (locale: Language) =>
  inSection('news', () => {
    const only = archivesToRender('news')
    return archivePages(listed(snapshot().releases))
      .filter((page) => !only || only.has(page.number))
      .map((page) => ({ params: { number: String(page.number) }, props: { ...page, locale } }))
  })

export const publicationPaths = (locale: Language) =>
  itemsToRender('publications', snapshot().publications).map((publication) => ({
    params: { slug: slugIn(publication, locale) },
    props: { publication, locale },
  }))

export const publicationListPaths = (locale: Language) =>
  inSection('publications', () =>
    paginatePaths(listed(snapshot().publications), SECTION_BASE[locale].publications).map((p) => ({
      ...p,
      props: { ...p.props, locale },
    })),
  )

export const publicationKindPaths = (locale: Language) =>
  inSection('publications', () => {
    const publications = listed(snapshot().publications)
    return kindsPresent(publications).flatMap((kind) =>
      paginatePaths(
        publications.filter((p) => p.kind === kind),
        `${SUB_PAGE[locale].publicationKind}${kind}/`,
        { kind },
      ).map((p) => ({ ...p, props: { ...p.props, locale, kind } })),
    )
  })

export const bulletinPaths = (locale: Language) =>
  inSection('emergency', () =>
    snapshot().bulletins.map((bulletin) => ({
      params: { slug: slugIn(bulletin, locale) },
      props: { bulletin, locale },
    })),
  )

export const emergencyListPaths = (locale: Language) =>
  inSection('emergency', () => {
    const bulletins = listed(snapshot().bulletins)
    const activeIds = new Set(activeAlerts(bulletins, builtAt()).map((b) => b.id))
    return paginatePaths(
      bulletins.filter((b) => !activeIds.has(b.id)),
      SECTION_BASE[locale].emergency,
    ).map((p) => ({ ...p, props: { ...p.props, locale } }))
  })

export const packagePaths = (locale: Language) =>
  inSection('sponsorship', () =>
    snapshot().packages.map((item) => ({
      params: { slug: slugIn(item, locale) },
      props: { item, locale },
    })),
  )

export const browsePaths = (locale: Language) =>
  inSection('sponsorship', () => {
    const data = snapshot()
    const packages = listed(data.packages)
    return filterCombinations(packages, data.sponsorship.tiers, builtAt()).map(
      ({ filters, items }) => ({
        params: { filters: segmentsOf(filters).join('/') },
        props: { filters, items, all: packages, locale },
      }),
    )
  })

/** One report form per 311 service: /311/report/{code}/ and /fr/311/signaler/{code}/. */
export const reportServicePaths = (locale: Language) =>
  inSection('services311', () =>
    (snapshot().services ?? []).map((service) => ({
      params: { code: service.code.toLowerCase() },
      props: { service, locale },
    })),
  )

/** One page per public answer: /311/answers/{slug}/ and /fr/311/reponses/{slug}/. */
export const answerPaths = (locale: Language) =>
  inSection('services311', () =>
    (snapshot().answers ?? []).map((answer) => ({
      params: { slug: slugIn(answer, locale) },
      props: { answer, locale },
    })),
  )

/**
 * The wards' pages: the list at /wards/ (/fr/quartiers/), and one per ward at /wards/{n}/: its
 * alerts, what was published for it and its 311 requests.
 */
export const wardPaths = (locale: Language) =>
  inSection('wards', () => {
    const wards = snapshot().wards ?? []
    return [
      { params: { ward: undefined }, props: { ward: null, wards, locale } },
      ...wards.map((ward) => ({
        params: { ward: String(ward.number) },
        props: { ward, wards, locale },
      })),
    ]
  })
