import { describe, expect, it } from 'vitest'

import type { Release } from '../../site/lib/types'
import { sampleSnapshot } from '../../tests/helpers/snapshot'
import { xmllint } from '../../tests/helpers/xml'
import { buildFeeds } from './feeds'

const items = (xml: string) => [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!)
const tag = (xml: string, name: string) =>
  new RegExp(`<${name}[^>]*>(?:<!\\[CDATA\\[)?([\\s\\S]*?)(?:\\]\\]>)?</${name}>`).exec(xml)?.[1]

describe('buildFeeds', () => {
  const feeds = buildFeeds(sampleSnapshot())

  it('writes one feed per content type and one with everything in each language, each well-formed RSS 2.0', () => {
    expect(Object.keys(feeds).sort()).toEqual([
      'feeds/all.xml',
      'feeds/emergency.xml',
      'feeds/news.xml',
      'feeds/publications.xml',
      'feeds/sponsorship.xml',
      'fr/flux/commandites.xml',
      'fr/flux/nouvelles.xml',
      'fr/flux/publications.xml',
      'fr/flux/tout.xml',
      'fr/flux/urgences.xml',
    ])
    for (const [file, xml] of Object.entries(feeds)) {
      expect(xmllint(xml).ok).toBe(true)
      expect(xml).toMatch(/<rss [^>]*version="2.0"/)
      const language = file.startsWith('fr/') ? 'fr-CA' : 'en-CA'
      expect(xml).toMatch(new RegExp(`<language>(<!\\[CDATA\\[)?${language}(\\]\\]>)?</language>`))
    }
  })

  it('gives French readers the French version, or the English one marked as such', () => {
    const snapshot = sampleSnapshot()
    snapshot.releases[0] = {
      ...snapshot.releases[0]!,
      slugFr: 'piscines-ouvertes',
      fr: {
        title: 'Les piscines ouvrent',
        summary: 'Les piscines extérieures ouvrent samedi.',
        body: snapshot.releases[0]!.body,
      },
    } as Release
    const french = items(buildFeeds(snapshot)['fr/flux/nouvelles.xml']!)
    expect(tag(french[0]!, 'title')).toBe('Les piscines ouvrent')
    expect(tag(french[0]!, 'link')).toBe('https://www.city.example/fr/nouvelles/piscines-ouvertes/')
    expect(french[0]).toContain('urn:civic-comms:media-releases:1:fr</guid>')
    expect(tag(french[1]!, 'title')).toBe('Old news (en anglais seulement)')
    expect(tag(french[1]!, 'link')).toMatch(
      /^https:\/\/www\.city\.example\/fr\/nouvelles\/[a-z-]+\/$/,
    )
  })

  it('links are absolute, GUIDs are id-based and not permalinks, dates are RFC 822', () => {
    const [newest] = items(feeds['feeds/news.xml']!)
    expect(tag(newest!, 'link')).toBe('https://www.city.example/news/pools-open/')
    expect(newest).toContain('<guid isPermaLink="false">urn:civic-comms:media-releases:1</guid>')
    expect(tag(newest!, 'pubDate')).toBe('Wed, 25 Nov 2026 13:00:00 GMT')
  })

  it('lists newest first and leaves withdrawn items out', () => {
    const titles = items(feeds['feeds/news.xml']!).map((item) => tag(item, 'title'))
    expect(titles).toEqual(['Pools open', 'Old news'])
    expect(feeds['feeds/all.xml']).not.toContain('Withdrawn release')
  })

  it('keeps a GUID when the title and slug change', () => {
    const snapshot = sampleSnapshot()
    snapshot.releases[0] = {
      ...snapshot.releases[0]!,
      title: 'Pools open (updated)',
      slug: 'pools-open-updated',
    } as Release
    expect(buildFeeds(snapshot)['feeds/news.xml']).toContain(
      'urn:civic-comms:media-releases:1</guid>',
    )
  })

  it('stays well-formed with hostile titles and summaries', () => {
    const hostile = sampleSnapshot()
    hostile.releases = [
      {
        ...hostile.releases[0]!,
        title: '<script>alert(1)</script> & ]]> "x"',
        summary: '</description><evil/>\u0001',
      } as Release,
    ]
    const xml = buildFeeds(hostile)['feeds/news.xml']!
    expect(xmllint(xml).ok).toBe(true)
    // The title is character data (CDATA), shown as text; the description is HTML-escaped text.
    expect(tag(items(xml)[0]!, 'title')).toBe('<script>alert(1)</script> & ]]]]><![CDATA[> "x"')
    expect(tag(items(xml)[0]!, 'description')).toBe('&lt;/description&gt;&lt;evil/&gt;')
  })
})
