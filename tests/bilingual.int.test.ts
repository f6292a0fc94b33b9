import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import {
  EMERGENCY_BULLETINS,
  LANGUAGE_POLICY,
  MEDIA_RELEASES,
  PUBLICATIONS,
  SPONSORSHIP_PACKAGES,
} from '../cms/core/slugs'
import { bannerInclude } from '../site/lib/banner'
import { richText } from '../cms/core/text/lexical'
import { closeOutboxTransporter } from '../cms/email/transport'
import { itemsMissingFrench } from '../cms/bilingual/missing'
import { remindEnglishOnlyAlerts } from '../cms/bilingual/reminders'
import { rebuildSite } from '../cms/publishing/task'
import { validContent } from './helpers/fixtures'
import { type Harness, startHarness } from './helpers/harness'
import { drainOutbox } from './helpers/outbox'
import { startSmtpSink } from './helpers/smtpSink'
import { xmllint } from './helpers/xml'

/**
 * English and French on a real database, a real site build and a real SMTP sink: French pages and
 * feeds within one build, the notice on an English-only item, French emails and subscriber pages,
 * the French alert banner, and the policy that refuses a publish without French.
 */
// Most tests here build the site (Astro) once or more: several seconds each on two cores.
vi.setConfig({ testTimeout: 120_000 })

let harness: Harness
let sink: Awaited<ReturnType<typeof startSmtpSink>>
let live = ''

beforeAll(async () => {
  sink = await startSmtpSink()
  harness = await startHarness({ holdJobs: true })
  process.env.SMTP_URL = sink.url
  live = path.join(harness.dataDir, 'site')
})
afterAll(async () => {
  closeOutboxTransporter()
  delete process.env.SMTP_URL
  await harness?.close()
  await sink?.close()
})

const WRITER = 'writer@city.example'
const MANAGER = 'manager@city.example'
const OFFICER = 'emergency@city.example'
const file = (relative: string) => readFile(path.join(live, relative), 'utf8')
const build = () => rebuildSite(harness.payload, 'test', harness.key)
const act = (as: string, slug: string, id: number, body: Record<string, unknown>) =>
  harness.rest('POST', `/${slug}/${id}/workflow`, { as, body })

const create = async (slug: string, title: string, as = WRITER) => {
  const { status, body } = await harness.rest('POST', `/${slug}`, {
    as,
    body: validContent(slug as never, title),
  })
  expect(status, JSON.stringify(body)).toBe(201)
  return body.doc.id as number
}
/** Saves French text as the admin does: a draft, so part of a translation can be kept. */
const addFrench = async (
  slug: string,
  id: number,
  french: Record<string, unknown>,
  as = WRITER,
) => {
  const { status, body } = await harness.rest('PATCH', `/${slug}/${id}?locale=fr&draft=true`, {
    as,
    body: french,
  })
  expect(status, JSON.stringify(body)).toBe(200)
  return body.doc as Record<string, unknown>
}
const publish = async (slug: string, id: number) => {
  expect((await act(WRITER, slug, id, { action: 'submit' })).status).toBe(200)
  expect((await act(MANAGER, slug, id, { action: 'approve' })).status).toBe(200)
  return act(MANAGER, slug, id, { action: 'publish' })
}
const frenchRelease = {
  title: 'Les patinoires ouvrent vendredi',
  summary: 'Les patinoires extérieures de la Ville ouvrent vendredi.',
  body: richText({ paragraph: 'Le patinage est gratuit tout l’hiver.' }),
}

describe('French pages and feeds', () => {
  it('a release with French text gets a French page at its French address, in the French list and feed, within one build', async () => {
    const id = await create(MEDIA_RELEASES, 'Skating rinks open Friday')
    const doc = await addFrench(MEDIA_RELEASES, id, frenchRelease)
    expect(doc.slugFr).toBe('les-patinoires-ouvrent-vendredi')
    expect((await publish(MEDIA_RELEASES, id)).status).toBe(200)
    await build()

    const page = await file('fr/nouvelles/les-patinoires-ouvrent-vendredi/index.html')
    expect(page).toContain('<html lang="fr-CA"')
    expect(page).toContain('Les patinoires ouvrent vendredi</h1>')
    expect(page).toContain('Le patinage est gratuit tout l’hiver.')
    expect(page).not.toContain('Cette page n’est offerte qu’en anglais')
    // Alternates and the language switch lead to the same release in the other language.
    expect(page).toMatch(
      /<link rel="alternate" hreflang="en-CA" href="[^"]*\/news\/skating-rinks-open-friday\/">/,
    )
    expect(page).toMatch(
      /<link rel="alternate" hreflang="fr-CA" href="[^"]*\/fr\/nouvelles\/les-patinoires-ouvrent-vendredi\/">/,
    )
    expect(page).toMatch(/hreflang="x-default" href="[^"]*\/news\/skating-rinks-open-friday\/"/)
    expect(page).toMatch(
      /<a class="language-switch" href="\/news\/skating-rinks-open-friday\/" lang="en-CA"/,
    )
    const english = await file('news/skating-rinks-open-friday/index.html')
    expect(english).toContain('<html lang="en-CA"')
    expect(english).toMatch(
      /<a class="language-switch" href="\/fr\/nouvelles\/les-patinoires-ouvrent-vendredi\/" lang="fr-CA"/,
    )

    const list = await file('fr/nouvelles/index.html')
    expect(list).toContain('href="/fr/nouvelles/les-patinoires-ouvrent-vendredi/"')
    expect(list).toContain('Communiqués')

    const feed = await file('fr/flux/nouvelles.xml')
    expect(xmllint(feed).ok).toBe(true)
    expect(feed).toMatch(/<language>(<!\[CDATA\[)?fr-CA(\]\]>)?<\/language>/)
    expect(feed).toContain('Les patinoires ouvrent vendredi')
    expect(feed).toContain('/fr/nouvelles/les-patinoires-ouvrent-vendredi/</link>')
    for (const name of ['publications', 'commandites', 'urgences', 'tout'])
      expect(xmllint(await file(`fr/flux/${name}.xml`)).ok).toBe(true)

    const sitemap = await file('sitemap.xml')
    expect(xmllint(sitemap).ok).toBe(true)
    expect(sitemap).toMatch(
      /<loc>[^<]*\/news\/skating-rinks-open-friday\/<\/loc><lastmod>[^<]+<\/lastmod><xhtml:link rel="alternate" hreflang="en-CA" href="[^"]*\/news\/skating-rinks-open-friday\/"\/><xhtml:link rel="alternate" hreflang="fr-CA" href="[^"]*\/fr\/nouvelles\/les-patinoires-ouvrent-vendredi\/"\/>/,
    )
    expect(sitemap).toContain('/fr/nouvelles/les-patinoires-ouvrent-vendredi/</loc>')
  })

  it('an English-only release still has its French page: a French notice, the English text marked as English', async () => {
    const id = await create(MEDIA_RELEASES, 'Leaf collection starts Monday')
    expect((await publish(MEDIA_RELEASES, id)).status).toBe(200)
    // Editors see it in the admin's list of published items without French; the translated one is not.
    const missing = await itemsMissingFrench(harness.payload)
    expect(missing).toContainEqual(
      expect.objectContaining({
        collection: MEDIA_RELEASES,
        id,
        title: 'Leaf collection starts Monday',
        missing: ['title', 'summary', 'body'],
      }),
    )
    expect(missing.map((item) => item.title)).not.toContain('Skating rinks open Friday')
    await build()
    const page = await file('fr/nouvelles/leaf-collection-starts-monday/index.html')
    expect(page).toContain('<html lang="fr-CA"')
    expect(page).toContain('Cette page n’est offerte qu’en anglais')
    expect(page).toMatch(
      /<div lang="en-CA" data-content>\s*<h1>Leaf collection starts Monday<\/h1>/,
    )
    expect(await file('fr/flux/nouvelles.xml')).toContain(
      'Leaf collection starts Monday (en anglais seulement)',
    )
    const list = await file('fr/nouvelles/index.html')
    expect(list).toMatch(
      /<a href="\/fr\/nouvelles\/leaf-collection-starts-monday\/" lang="en-CA" data-content>Leaf collection starts Monday<\/a>/,
    )
  })

  it('dates and money follow the language', async () => {
    const id = await create(
      SPONSORSHIP_PACKAGES,
      'Summer concert series',
      'sponsorship@city.example',
    )
    await act('sponsorship@city.example', SPONSORSHIP_PACKAGES, id, { action: 'submit' })
    await act(MANAGER, SPONSORSHIP_PACKAGES, id, { action: 'approve' })
    expect((await act(MANAGER, SPONSORSHIP_PACKAGES, id, { action: 'publish' })).status).toBe(200)
    await build()
    const page = await file('fr/index.html')
    expect(page).toMatch(
      /\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) 20\d\d/,
    )
    const sponsorship = await file('fr/commandites/summer-concert-series/index.html')
    expect(sponsorship.replace(/\s/g, ' ')).toContain('<dd>5 000 $</dd>')
    expect(await file('sponsorship/summer-concert-series/index.html')).toContain('<dd>$5,000</dd>')
  })
})

describe('publishing without French, when French is required', () => {
  it('answers 422 naming the missing French fields; with French added, the publish goes ahead', async () => {
    await harness.payload.updateGlobal({
      slug: LANGUAGE_POLICY,
      data: { frenchRequired: [PUBLICATIONS] },
      overrideAccess: true,
    })
    try {
      const id = await create(PUBLICATIONS, 'Winter guide')
      const refused = await publish(PUBLICATIONS, id)
      expect(refused.status).toBe(422)
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual([
        'fr.title',
        'fr.summary',
        'fr.body',
      ])
      expect(refused.body.errors[0].message).toMatch(/French is required/)
      // Staff whose admin is in French read the reason in French.
      const enFrancais = await harness.rest('POST', `/${PUBLICATIONS}/${id}/workflow`, {
        as: MANAGER,
        body: { action: 'publish' },
        headers: { 'accept-language': 'fr-CA,fr;q=0.9' },
      })
      expect(enFrancais.status).toBe(422)
      expect(enFrancais.body.errors[0].message).toMatch(
        /^Le français est requis avant la publication/,
      )
      const options = await harness.rest('GET', `/${PUBLICATIONS}/${id}/workflow`, {
        as: WRITER,
        headers: { 'accept-language': 'fr' },
      })
      const publishOption = options.body.actions.find(
        (a: { action: string }) => a.action === 'publish',
      )
      expect(publishOption.reason).toMatch(/^Il faut une personne approbatrice pour le publier/)
      await addFrench(PUBLICATIONS, id, {
        title: 'Guide de l’hiver',
        summary: 'Tout sur l’hiver en ville.',
      })
      // A French edit sends the item back through review; the publish still lacks the body.
      const stillMissing = await publish(PUBLICATIONS, id)
      expect(stillMissing.status).toBe(422)
      expect(stillMissing.body.errors.map((e: { field: string }) => e.field)).toEqual(['fr.body'])
      const scheduled = await act(MANAGER, PUBLICATIONS, id, {
        action: 'schedule',
        publishAt: new Date(Date.now() + 86_400_000).toISOString(),
      })
      expect(scheduled.status).toBe(422)
      await addFrench(PUBLICATIONS, id, { body: richText({ paragraph: 'Le guide complet.' }) })
      expect((await publish(PUBLICATIONS, id)).status).toBe(200)
      // Not required for news releases: they publish in English alone.
      const release = await create(MEDIA_RELEASES, 'Budget consultation')
      expect((await publish(MEDIA_RELEASES, release)).status).toBe(200)
    } finally {
      await harness.payload.updateGlobal({
        slug: LANGUAGE_POLICY,
        data: { frenchRequired: [] },
        overrideAccess: true,
      })
    }
  })
})

describe('emergency alerts in both languages', () => {
  it('active.json carries both languages; the French banner shows the French headline and instruction', async () => {
    const id = await create(EMERGENCY_BULLETINS, 'Boil water advisory in Ward 3', OFFICER)
    const { areas } = (await harness.payload.findByID({
      collection: EMERGENCY_BULLETINS,
      id,
      draft: true,
      depth: 0,
      overrideAccess: true,
    })) as unknown as { areas: Record<string, unknown>[] }
    await addFrench(
      EMERGENCY_BULLETINS,
      id,
      {
        title: 'Avis d’ébullition de l’eau dans le quartier 3',
        summary: 'L’eau du quartier 3 doit être bouillie.',
        body: richText({ paragraph: 'Jusqu’à nouvel ordre.' }),
        event: 'Avis d’ébullition de l’eau',
        instruction: 'Faites bouillir l’eau une minute avant de la boire.',
        headline: 'Faites bouillir l’eau dans le quartier 3',
        areas: areas.map((area) => ({ ...area, areaDesc: 'Quartier 3' })),
      },
      OFFICER,
    )
    const answer = await act(OFFICER, EMERGENCY_BULLETINS, id, {
      action: 'urgent-publish',
      comment: 'Now.',
    })
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    const active = JSON.parse(await file('emergency/active.json'))
    const alert = active.alerts.find((a: { title: string }) =>
      a.title.startsWith('Boil water advisory'),
    )
    expect(alert.languages).toEqual(['en', 'fr'])
    expect(alert.text.fr).toMatchObject({
      lang: 'fr-CA',
      headline: 'Faites bouillir l’eau dans le quartier 3',
      instruction: 'Faites bouillir l’eau une minute avant de la boire.',
      areas: ['Quartier 3'],
    })
    expect(alert.text.fr.url).toMatch(/\/fr\/urgences\/[a-z0-9-]+\/$/)
    expect(alert.text.en.lang).toBe('en-CA')
    expect(await file('fr/flux/urgences.xml')).toContain('Faites bouillir l’eau dans le quartier 3')

    // The banner French pages include, written with active.json (no page waits for a build).
    const banner = await file('emergency/banner/fr.html')
    expect(banner).toContain('Alerte d’urgence en vigueur')
    expect(banner).toContain('Faites bouillir l’eau dans le quartier 3')
    expect(banner).toContain('Faites bouillir l’eau une minute avant de la boire.')
    expect(banner).not.toContain('lang="en-CA"')
    await build()
    expect(await file('fr/index.html')).toContain(bannerInclude('fr'))
  })

  it('an alert sent in English alone shows on French pages in English, with a French notice', async () => {
    const id = await create(EMERGENCY_BULLETINS, 'Gas leak on King Street', OFFICER)
    const answer = await act(OFFICER, EMERGENCY_BULLETINS, id, {
      action: 'urgent-publish',
      comment: 'No time to translate.',
    })
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    const active = JSON.parse(await file('emergency/active.json'))
    const alert = active.alerts.find(
      (a: { title: string }) => a.title === 'Gas leak on King Street',
    )
    expect(alert.languages).toEqual(['en'])
    expect(alert.text.fr).toMatchObject({ lang: 'en-CA', headline: 'Gas leak on King Street' })
    await build()
    const page = await file('fr/urgences/index.html')
    expect(page).toMatch(/lang="en-CA" data-content>Gas leak on King Street<\/a>/)
    expect(page).toContain('Cette alerte n’est offerte qu’en anglais pour le moment.')
  })
})

describe('reminders about alerts in force in English only', () => {
  it('the officer who sent it is emailed once per interval until French is added; a translated alert is never reminded', async () => {
    const id = await create(EMERGENCY_BULLETINS, 'Water main break on Elm Street', OFFICER)
    const sent = await act(OFFICER, EMERGENCY_BULLETINS, id, {
      action: 'urgent-publish',
      comment: 'Crews on site.',
    })
    expect(sent.status, JSON.stringify(sent.body)).toBe(200)
    const reminders = (title: string) =>
      sink
        .to(OFFICER)
        .filter(
          (m) => String(m.parsed.subject) === `Add French: "${title}" is in force in English only`,
        )
    const later = (minutes: number) => new Date(Date.now() + minutes * 60_000)
    expect(await remindEnglishOnlyAlerts(harness.payload, later(5))).toBeGreaterThanOrEqual(1)
    await drainOutbox(harness.payload)
    expect(reminders('Water main break on Elm Street')).toHaveLength(0)
    // Every process's scheduled pass may try at once: one email per reminder.
    await Promise.all([
      remindEnglishOnlyAlerts(harness.payload, later(16)),
      remindEnglishOnlyAlerts(harness.payload, later(16)),
    ])
    await remindEnglishOnlyAlerts(harness.payload, later(20))
    await drainOutbox(harness.payload)
    const [first, ...others] = reminders('Water main break on Elm Street')
    expect(others).toHaveLength(0)
    expect(first!.parsed.text).toMatch(/fr\.title, fr\.summary, fr\.body/)
    expect(first!.parsed.text).toContain(
      `/admin/collections/${EMERGENCY_BULLETINS}/${id}?locale=fr`,
    )
    await remindEnglishOnlyAlerts(harness.payload, later(31))
    await drainOutbox(harness.payload)
    expect(reminders('Water main break on Elm Street')).toHaveLength(2)
    // The alert with French text (sent earlier in this file, when run whole) is never reminded.
    expect(sink.to(OFFICER).some((m) => /Boil water/.test(String(m.parsed.subject)))).toBe(false)
  })
})

describe('email in the subscriber’s language', () => {
  it('a French sign-up gets a French confirmation, French alerts (English ones said so) and French pages', async () => {
    const email = 'resident.fr@example.com'
    const form = new URLSearchParams({
      email,
      topics: 'news',
      language: 'fr',
      source: '/fr/abonnement/',
    })
    const signUp = await harness.rest('POST', '/subscriptions', {
      body: form.toString(),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-forwarded-for': '203.0.113.9',
      },
    })
    expect(signUp.status).toBe(303)
    expect(signUp.headers.get('location')).toMatch(/\/fr\/abonnement\/verifiez-vos-courriels\/$/)
    await drainOutbox(harness.payload)
    const confirmation = sink.to(email).at(-1)!
    expect(confirmation.parsed.subject).toMatch(/^Confirmez vos alertes par courriel/)
    expect(confirmation.parsed.html).toContain('<html lang="fr-CA">')
    const link = /https?:\/\/\S+\/api\/subscriptions\/confirm\?token=[\w%-]+&lang=fr/.exec(
      confirmation.parsed.text ?? '',
    )![0]
    const confirmed = await harness.rest('GET', link.replace(/^https?:\/\/[^/]+\/api/, ''))
    expect(confirmed.status).toBe(200)
    expect(String(confirmed.body)).toContain('Votre abonnement est confirmé')
    expect(String(confirmed.body)).toContain('<html lang="fr-CA">')

    const translated = await create(MEDIA_RELEASES, 'Snow clearing plan')
    await addFrench(MEDIA_RELEASES, translated, {
      title: 'Plan de déneigement',
      summary: 'Comment la Ville déneige les rues.',
      body: richText({ paragraph: 'Les grandes artères d’abord.' }),
    })
    expect((await publish(MEDIA_RELEASES, translated)).status).toBe(200)
    const englishOnly = await create(MEDIA_RELEASES, 'Transit fares for 2027')
    expect((await publish(MEDIA_RELEASES, englishOnly)).status).toBe(200)
    await drainOutbox(harness.payload)

    const french = sink.to(email).find((m) => m.parsed.subject === 'Plan de déneigement')!
    expect(french.parsed.html).toContain('<html lang="fr-CA">')
    expect(french.parsed.text).toContain('/fr/nouvelles/plan-de-deneigement/')
    expect(french.parsed.text).toContain('Se désabonner')
    const notTranslated = sink.to(email).find((m) => m.parsed.subject === 'Transit fares for 2027')!
    expect(notTranslated.parsed.text).toContain(
      'Ce contenu n’a pas encore été traduit en français : voici la version anglaise.',
    )
    expect(notTranslated.parsed.html).toContain('<h1 style="font-size:24px" lang="en-CA">')

    const unsubscribe = /https?:\/\/\S+\/api\/subscriptions\/unsubscribe\?token=[\w%.-]+/.exec(
      french.parsed.text ?? '',
    )![0]
    const page = await harness.rest('GET', unsubscribe.replace(/^https?:\/\/[^/]+\/api/, ''))
    expect(page.status).toBe(200)
    expect(String(page.body)).toContain('<html lang="fr-CA">')
    expect(String(page.body)).toContain('Me désabonner')
  })
})

describe('addresses in both languages', () => {
  it('an item never takes an address the site uses for its own pages, in English or French', async () => {
    const id = await create(EMERGENCY_BULLETINS, 'Cap', OFFICER)
    const doc = await addFrench(
      EMERGENCY_BULLETINS,
      id,
      { title: 'Page', summary: 'Résumé.', body: richText({ paragraph: 'Texte.' }) },
      OFFICER,
    )
    // /emergency/cap/ holds the CAP files; /fr/urgences/page/2/ is the list's second page.
    expect(doc.slug).toBe('cap-2')
    expect(doc.slugFr).toBe('page-2')
  })
})
