import { describe, expect, it } from 'vitest'

import { appData, appManifest, iconPath, iconSvg, popularServices, scriptJson } from './app311'
import type { Answer, SiteService, WardRequests } from './types'

const service = (code: string, over: Partial<SiteService> = {}): SiteService => ({
  code,
  name: `${code} en`,
  nameFr: `${code} fr`,
  description: `About ${code}`,
  descriptionFr: `À propos de ${code}`,
  group: 'Streets',
  groupFr: 'Rues',
  questions: [],
  ...over,
})

const POTHOLE = service('POTHOLE', {
  name: 'Pothole',
  nameFr: 'Nid-de-poule',
  notice: 'Crews fill potholes in spring.',
  noticeFr: 'Les équipes remplissent les nids-de-poule au printemps.',
  questions: [
    {
      code: 'danger',
      datatype: 'singlevaluelist',
      required: true,
      description: 'Is a car stuck?',
      descriptionFr: 'Une voiture est-elle coincée?',
      values: [
        { key: 'yes', name: 'Yes', nameFr: 'Oui' },
        { key: 'no', name: 'No', nameFr: 'Non' },
      ],
    },
    {
      code: 'size',
      datatype: 'singlevaluelist',
      required: true,
      description: 'How big?',
      descriptionFr: 'Quelle taille?',
      values: [{ key: 'large', name: 'Wider than a tire', nameFr: 'Plus large qu’un pneu' }],
    },
  ],
  safetyInstruction: { en: 'Call 911.', fr: 'Composez le 911.' },
})
const GRAFFITI = service('GRAFFITI', { name: 'Graffiti', nameFr: 'Graffiti' })
const ALLEY = service('ALLEY', { name: 'Alley', nameFr: 'Ruelle' })

const ward = (number: number, open: string[], fixed: string[] = []): WardRequests => {
  const entry = (serviceCode: string, i: number) => ({
    reference: `SR-2026-${String(number * 100 + i).padStart(6, '0')}`,
    serviceCode,
    address: null,
    requestedAt: '2026-12-01T00:00:00Z',
    closedAt: null,
  })
  return {
    ward: number,
    open: { count: open.length, newest: open.map(entry) },
    fixed: { count: fixed.length, newest: fixed.map(entry) },
  }
}

const answer = (id: number, services: (SiteService | number)[], over: Partial<Answer> = {}) =>
  ({
    id,
    slug: `answer-${id}`,
    title: `Answer ${id}`,
    summary: '',
    body: null,
    workflowState: 'published',
    updatedAt: '2026-12-01T00:00:00Z',
    relatedServices: services,
    ...over,
  }) as Answer

describe('the services residents report most', () => {
  it('counts the newest open and fixed reports of every ward; ties keep the catalogue order', () => {
    const wards = [ward(1, ['GRAFFITI', 'POTHOLE']), ward(2, ['GRAFFITI'], ['ALLEY', 'RETIRED'])]
    expect(popularServices([POTHOLE, GRAFFITI, ALLEY], wards, 2)).toEqual(['GRAFFITI', 'POTHOLE'])
    expect(popularServices([POTHOLE, GRAFFITI, ALLEY], wards)).toEqual([
      'GRAFFITI',
      'POTHOLE',
      'ALLEY',
    ])
  })

  it('offers the catalogue’s first services when nothing was reported yet', () => {
    expect(popularServices([POTHOLE, GRAFFITI, ALLEY], [], 2)).toEqual(['POTHOLE', 'GRAFFITI'])
  })
})

describe('what the app carries in its page', () => {
  it('gives each service its questions, its safety stop apart, its notice and its answers, in the page’s language, sorted by name', () => {
    const answers = [
      answer(1, [POTHOLE]),
      answer(2, [GRAFFITI, POTHOLE], {
        fr: { title: 'Réponse 2', summary: 'Résumé', body: null },
      }),
      answer(3, [POTHOLE], { workflowState: 'withdrawn' }),
      answer(4, [7]),
    ]
    const fr = appData('fr', [POTHOLE, GRAFFITI], answers, [])
    expect(fr.services.map((s) => s.name)).toEqual(['Graffiti', 'Nid-de-poule'])
    const pothole = fr.services[1]!
    expect(pothole).toMatchObject({
      code: 'POTHOLE',
      notice: 'Les équipes remplissent les nids-de-poule au printemps.',
      instruction: 'Composez le 911.',
      safety: {
        label: 'Une voiture est-elle coincée?',
        stopKey: 'yes',
        values: [
          { key: 'yes', name: 'Oui' },
          { key: 'no', name: 'Non' },
        ],
      },
    })
    expect(pothole.questions).toEqual([
      {
        code: 'size',
        datatype: 'singlevaluelist',
        required: true,
        label: 'Quelle taille?',
        values: [{ key: 'large', name: 'Plus large qu’un pneu' }],
      },
    ])
    // The withdrawn answer is left out; an answer without French keeps its English title.
    expect(pothole.answers.map((a) => [a.title, a.summary])).toEqual([
      ['Answer 1', ''],
      ['Réponse 2', 'Résumé'],
    ])
    expect(pothole.answers[0]!.href).toMatch(/^\/fr\/311\/reponses\//)
    const en = appData('en', [POTHOLE, GRAFFITI], answers, [])
    expect(en.services[1]).toMatchObject({ name: 'Pothole', safety: { label: 'Is a car stuck?' } })
    expect(en.services[0]).toMatchObject({ safety: null, instruction: '', notice: '' })
  })

  it('writes JSON that cannot end its script element', () => {
    const json = scriptJson({ name: '</script><script>alert(1)</script>', line: 'a\u2028b' })
    expect(json).not.toContain('</')
    expect(json).not.toContain('\u2028')
    expect(JSON.parse(json)).toEqual({
      name: '</script><script>alert(1)</script>',
      line: 'a b',
    })
  })
})

describe('the manifest and the icons', () => {
  const words = {
    name: 'Appli 311',
    shortName: '311',
    description: 'Signalez',
    mineTab: 'Mes signalements',
  }

  it('starts each language on its own report screen, standalone, with 192 and 512 icons', () => {
    const manifest = appManifest('fr', words, 'Ville de Riverton')
    expect(manifest).toMatchObject({
      id: '/fr/app/',
      name: 'Appli 311 – Ville de Riverton',
      short_name: '311',
      lang: 'fr-CA',
      start_url: '/fr/app/',
      scope: '/fr/app/',
      display: 'standalone',
      shortcuts: [{ name: 'Mes signalements', url: '/fr/app/#mine' }],
    })
    expect(manifest.icons.map((i) => `${i.src} ${i.sizes} ${i.purpose}`)).toEqual([
      '/app/icon-192.png 192x192 any',
      '/app/icon-512.png 512x512 any',
      '/app/icon-maskable-512.png 512x512 maskable',
    ])
    expect(manifest.short_name.length).toBeLessThanOrEqual(12)
  })

  it('keeps the maskable icon’s drawing inside the middle 80% a launcher may keep', () => {
    expect(iconPath(180)).toBe('/app/icon-180.png')
    const maskable = iconSvg(512, true)
    expect(maskable).toContain('translate(102.4 102.4)')
    expect(maskable).toContain('rx="0"')
    expect(iconSvg(192)).toContain('width="192" height="192"')
  })
})
