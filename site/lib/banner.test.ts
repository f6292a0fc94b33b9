import { describe, expect, it } from 'vitest'

import { sampleSnapshot } from '../../tests/helpers/snapshot'
import {
  bannerChoice,
  bannerFile,
  bannerFragment,
  bannerInclude,
  bannerKey,
  bannerLevel,
} from './banner'
import type { Bulletin } from './types'

const [heat] = sampleSnapshot().bulletins as [Bulletin]
const translated: Bulletin = {
  ...heat,
  id: 40,
  slug: 'boil-water',
  slugFr: 'eau-bouillie',
  title: 'Boil water',
  headline: 'Boil water before drinking',
  instruction: 'Boil for one minute.',
  severity: 'Moderate',
  fr: {
    title: 'Faire bouillir l’eau',
    summary: 'Résumé.',
    body: heat.body,
    headline: 'Faites bouillir l’eau avant de la boire',
    instruction: 'Faites bouillir une minute.',
    event: 'Eau',
    areas: [{ areaDesc: 'Toute la ville' }],
  },
}

describe('the emergency banner pages include', () => {
  it('is empty when no alert is in force, so the page shows nothing', () => {
    expect(bannerFragment([], 'en')).toBe('')
    expect(bannerFragment([], 'fr')).toBe('')
  })

  it('names each alert with a link to its page, in the page’s language', () => {
    const en = bannerFragment([translated], 'en')
    expect(en).toContain('class="alert-banner alert-banner--moderate"')
    expect(en).toContain('aria-label="Emergency alerts"')
    expect(en).toContain('<h2>Emergency alert in effect</h2>')
    expect(en).toContain(
      '<a href="/emergency/boil-water/" data-content>Boil water before drinking</a>',
    )
    expect(en).toContain('<span data-content> Boil for one minute.</span>')
    const fr = bannerFragment([translated], 'fr')
    expect(fr).toContain('href="/fr/urgences/eau-bouillie/"')
    expect(fr).toContain('Faites bouillir l’eau avant de la boire')
    expect(fr).not.toContain('lang="en-CA"')
  })

  it('marks an alert without French as English, in French pages', () => {
    const fr = bannerFragment([heat], 'fr')
    expect(fr).toContain(
      '<a href="/fr/urgences/heat-warning/" lang="en-CA" data-content>Heat warning</a>',
    )
    expect(fr).toContain('class="alert-note"')
    expect(bannerFragment([heat], 'en')).not.toContain('alert-note')
  })

  it('takes its colour from the most severe alert and its heading from the count', () => {
    expect(bannerLevel([])).toBe('minor')
    expect(bannerLevel([{ severity: 'Minor' }, { severity: 'Moderate' }])).toBe('moderate')
    expect(bannerLevel([{ severity: 'Moderate' }, { severity: 'Extreme' }])).toBe('severe')
    expect(bannerFragment([heat, translated], 'en')).toContain(
      '<h2>Emergency alerts in effect</h2>',
    )
    expect(bannerFragment([heat, translated], 'en')).toContain('alert-banner--severe')
  })

  it('escapes everything an alert carries: no markup reaches the page', () => {
    const hostile: Bulletin = {
      ...heat,
      headline: '<script>alert(1)</script>',
      instruction: '"><img src=x onerror=alert(1)>',
      slug: 'x"onmouseover="alert(1)',
    }
    const html = bannerFragment([hostile], 'en')
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<img')
    expect(html).not.toContain('"onmouseover')
    expect(html).toContain('&lt;script&gt;')
  })

  it('carries the key /alerts.js computes from active.json, so a current banner is not redrawn', () => {
    // alerts.js: the path of each alert's URL, a bar, its headline; one line per alert, the most
    // severe first (the extreme heat before the moderate boil-water).
    expect(bannerKey([translated, heat], 'fr')).toBe(
      '/fr/urgences/heat-warning/|Heat warning\n/fr/urgences/eau-bouillie/|Faites bouillir l’eau avant de la boire',
    )
    expect(bannerFragment([translated], 'en')).toContain(
      'data-key="/emergency/boil-water/|Boil water before drinking"',
    )
  })

  it('shows the three most severe and urgent alerts, then how many more, linking to the list', () => {
    const alert = (id: number, severity: string, urgency: string): Bulletin => ({
      ...heat,
      id,
      slug: `alert-${id}`,
      slugFr: `alerte-${id}`,
      headline: `Alert ${id}`,
      severity,
      urgency,
      fr: null,
    })
    const five = [
      alert(1, 'Minor', 'Immediate'),
      alert(2, 'Severe', 'Expected'),
      alert(3, 'Moderate', 'Immediate'),
      alert(4, 'Severe', 'Immediate'),
      alert(5, 'Extreme', 'Future'),
    ]
    expect(bannerChoice(five).shown.map((a) => a.id)).toEqual([5, 4, 2])
    expect(bannerChoice(five).more).toBe(2)
    const html = bannerFragment(five, 'en')
    expect(html.match(/<li>/g)).toHaveLength(3)
    expect(html).toContain('<p class="alert-more"><a href="/emergency/">2 more alerts</a></p>')
    expect(bannerFragment(five.slice(0, 4), 'fr')).toContain(
      '<a href="/fr/urgences/">1 autre alerte</a>',
    )
    expect(bannerFragment(five.slice(0, 3), 'en')).not.toContain('alert-more')
    expect(bannerKey(five, 'en').split('\n')).toEqual([
      '/emergency/alert-5/|Alert 5',
      '/emergency/alert-4/|Alert 4',
      '/emergency/alert-2/|Alert 2',
      '+2',
    ])
  })

  it('is included by one directive per language, in nginx’s syntax', () => {
    expect(bannerInclude('fr')).toBe('<!--# include virtual="/emergency/banner/fr.html" -->')
    expect(bannerFile('en')).toBe('emergency/banner/en.html')
  })
})
