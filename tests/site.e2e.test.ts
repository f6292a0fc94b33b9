import AxeBuilder from '@axe-core/playwright'
import ICAL from 'ical.js'
import type { Browser } from 'playwright-core'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { simpleParser } from 'mailparser'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ContentModel } from '../cms/accessibility/core/model'
import { headings, imageAlt, linkText, tableHeaders } from '../cms/accessibility/core/rules'
import { confirmationEmail, itemEmail } from '../cms/email/core/templates'
import { digestEmail } from '../cms/email/core/digestEmail'
import { richText } from '../cms/core/text/lexical'
import { validContent } from './helpers/fixtures'
import { htmlProblems } from './helpers/htmlValidity'
import { rssProblems, rssTitles } from './helpers/rss'
import { signedIn, waitForSiteBuild } from './helpers/api'
import { expectNoAxeViolations } from './helpers/axe'
import { launchBrowser } from './helpers/browser'
import { type RunningCms, startCms } from './helpers/server'
import { startPushService } from './helpers/pushService'
import { usePushStub } from './helpers/pushStub'

/** The public site as residents meet it: built by `npm start`, served on SITE_PORT, in Chromium. */
let cms: RunningCms
let browser: Browser
let hostileSlug = ''
let push: Awaited<ReturnType<typeof startPushService>>

beforeAll(async () => {
  // A local HTTPS push service the CMS may send to (its certificate trusted via NODE_EXTRA_CA_CERTS).
  push = await startPushService()
  cms = await startCms({ PUSH_SERVICE_HOSTS: push.hostEntry })
  browser = await launchBrowser()
  // Content an attacker might get past a careless writer: it must reach the page as text only.
  const writer = await signedIn(cms.url, 'writer@city.example')
  const manager = await signedIn(cms.url, 'manager@city.example')
  const created = await writer('POST', '/media-releases', {
    ...validContent('media-releases', 'Hostile <img src=x onerror="window.pwned=1"> release'),
    body: {
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [
              {
                type: 'link',
                fields: { url: 'javascript:window.pwned=2' },
                children: [{ type: 'text', text: 'a link' }],
              },
              { type: 'text', text: '<script>window.pwned=3</script>' },
            ],
          },
        ],
      },
    },
  })
  hostileSlug = created.body.doc.slug
  // A release in both languages, for the language switch and the French pages' axe pass.
  const bilingual = await writer('POST', '/media-releases', {
    ...validContent('media-releases', 'Winter parking ban begins'),
  })
  await writer('PATCH', `/media-releases/${bilingual.body.doc.id}?locale=fr&draft=true`, {
    title: 'Début de l’interdiction de stationner l’hiver',
    summary: 'Le stationnement de nuit dans la rue est interdit à partir du 1er décembre.',
    body: richText({ paragraph: 'Les déneigeuses doivent pouvoir passer.' }),
  })
  const since = Date.now()
  for (const id of [created.body.doc.id, bilingual.body.doc.id]) {
    await writer('POST', `/media-releases/${id}/workflow`, { action: 'submit' })
    await manager('POST', `/media-releases/${id}/workflow`, { action: 'approve' })
    await manager('POST', `/media-releases/${id}/workflow`, { action: 'publish' })
  }
  await waitForSiteBuild(cms.url, since)
})
afterAll(async () => {
  await browser?.close()
  await cms?.stop()
  await push?.close()
})

/** The newest email the CMS wrote to its file outbox for `to` whose subject matches (no SMTP here). */
const newestEmailIn = async (dataDir: string, to: string, subject: RegExp) => {
  const outboxDir = path.join(dataDir, 'outbox')
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    const files = (await readdir(outboxDir).catch(() => [] as string[]))
      .filter((f) => f.endsWith('.eml'))
      .sort()
      .reverse()
    for (const file of files) {
      const mail = await simpleParser(await readFile(path.join(outboxDir, file)))
      if (mail.to && JSON.stringify(mail.to).includes(to) && subject.test(mail.subject ?? ''))
        return mail
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`No email to ${to} matching ${subject}`)
}

const sitemapUrls = async () => {
  const xml = await fetch(`${cms.siteUrl}/sitemap.xml`).then((r) => r.text())
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)
}

describe('the public site', () => {
  it('every page in the sitemap passes axe (WCAG 2.1 A and AA) with zero violations', async () => {
    // The answers are ninety pages of one template: three in each language stand for the rest.
    const answers = { en: 0, fr: 0 }
    const paths = (await sitemapUrls()).filter((p) => {
      const language = p.startsWith('/311/answers/')
        ? 'en'
        : p.startsWith('/fr/311/reponses/')
          ? 'fr'
          : null
      return language === null || (answers[language] += 1) <= 3
    })
    expect(paths.length).toBeGreaterThan(10)
    const failures: string[] = []
    // AxeBuilder needs a page from an explicit context.
    const context = await browser.newContext()
    const page = await context.newPage()
    // The site's CSP allows no inline style or script: any violation (Chromium logs each) is a failure.
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text()))
        violations.push(`${page.url()}: ${message.text().slice(0, 200)}`)
    })
    const invalid: string[] = []
    const missingTasks: string[] = []
    for (const path of [...paths, '/no-such-page/']) {
      const response = await page.goto(`${cms.siteUrl}${path}`)
      expect(response?.status(), path).toBe(path === '/no-such-page/' ? 404 : 200)
      // Every page's header leads to the residents' top tasks, in the page's language; the 311
      // app's pages to the app's own three screens instead (it runs on its own, installed).
      const french = path.startsWith('/fr/')
      const app = /^\/(fr\/)?app\//.test(path)
      const tasks = await page
        .getByRole('navigation', { name: app ? (french ? 'Appli 311' : '311 app') : 'Services' })
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
      const wanted = app
        ? ['#report', '#mine', '#nearby-reports']
        : french
          ? ['/fr/311/signaler/', '/fr/311/', '/fr/contact/', '/fr/recherche/', '/fr/quartiers/']
          : ['/311/report/', '/311/', '/contact/', '/search/', '/wards/']
      if (JSON.stringify(tasks) !== JSON.stringify(wanted))
        missingTasks.push(`${path}: ${JSON.stringify(tasks)}`)
      invalid.push(...(await htmlProblems((await response?.text()) ?? '', path)))
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze()
      for (const violation of results.violations)
        failures.push(
          `${path}: ${violation.id} (${violation.nodes.length}) ${violation.help}: ${violation.nodes[0]?.target.join(' ')}`,
        )
    }
    await context.close()
    expect(failures).toEqual([])
    expect(missingTasks).toEqual([])
    expect(violations).toEqual([])
    expect(invalid).toEqual([])
    // About a hundred pages, each loaded and analysed: a busy machine takes minutes. The limit is
    // there to stop a hung browser, not to time the site (bench/ does that).
  }, 600_000)

  it('the language switch on a release leads to the same release in French and back; the French pages pass axe', async () => {
    const paths = await sitemapUrls()
    for (const required of ['/fr/', '/fr/urgences/', '/fr/abonnement/'])
      expect(paths, required).toContain(required)
    expect(paths).toContain('/fr/nouvelles/debut-de-l-interdiction-de-stationner-l-hiver/')
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${cms.siteUrl}/news/winter-parking-ban-begins/`)
    await page.getByRole('link', { name: 'Lire cette page en français' }).click()
    await page.waitForURL(
      `${cms.siteUrl}/fr/nouvelles/debut-de-l-interdiction-de-stationner-l-hiver/`,
    )
    expect(await page.getAttribute('html', 'lang')).toBe('fr-CA')
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Début de l’interdiction de stationner l’hiver',
    )
    await expectNoAxeViolations(page, 'French release')
    await page.getByRole('link', { name: 'Read this page in English' }).click()
    await page.waitForURL(`${cms.siteUrl}/news/winter-parking-ban-begins/`)
    expect(await page.getAttribute('html', 'lang')).toBe('en-CA')
    for (const path of ['/fr/', '/fr/urgences/', '/fr/abonnement/']) {
      await page.goto(`${cms.siteUrl}${path}`)
      await expectNoAxeViolations(page, path)
    }
    // The French form asks for French email: it posts language "fr" and lands on the French page.
    await page.goto(`${cms.siteUrl}/fr/abonnement/`)
    await page.getByLabel(/Adresse courriel/).fill('resident.francais@example.com')
    await page.getByRole('button', { name: 'S’abonner' }).click()
    await page.waitForURL(`${cms.siteUrl}/fr/abonnement/verifiez-vos-courriels/`)
    await expectNoAxeViolations(page, 'vérifiez vos courriels')
    await context.close()
  })

  it('the site is served with a CSP that allows its own script and styles and nothing inline', async () => {
    const response = await fetch(`${cms.siteUrl}/`)
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("style-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).toContain("frame-ancestors 'none'")
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    const html = await response.text()
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
    expect(html).not.toMatch(/<style|\sstyle=/)
  })

  it('keyboard users reach the main content through the skip link first', async () => {
    const page = await browser.newPage()
    await page.goto(`${cms.siteUrl}/news/`)
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      href: document.activeElement?.getAttribute('href'),
    }))
    expect(focused).toEqual({ text: 'Skip to main content', href: '#main' })
    expect(await page.locator('.skip-link').isVisible()).toBe(true)
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
    expect(await page.locator('h1').count()).toBe(1)
    await page.close()
  })

  it('script in content never runs, and the page is light', async () => {
    const page = await browser.newPage()
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    const response = await page.goto(`${cms.siteUrl}/news/${hostileSlug}/`)
    expect(response?.status()).toBe(200)
    await page
      .getByText('a link')
      .click()
      .catch(() => undefined)
    expect(
      await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
    ).toBeUndefined()
    expect(dialogs).toEqual([])
    // The only script on any page is the banner refresher, served from the site itself.
    expect(
      await page
        .locator('script')
        .evaluateAll((scripts) => scripts.map((s) => s.getAttribute('src'))),
    ).toEqual(['/alerts.js'])
    const bytes = (await response!.body()).length
    expect(bytes).toBeLessThan(50_000)
    await page.close()
  })

  it('feeds are advertised on pages and served as XML with short caching', async () => {
    const home = await fetch(`${cms.siteUrl}/`).then((r) => r.text())
    expect(home).toContain('<link rel="alternate" type="application/rss+xml"')
    const feed = await fetch(`${cms.siteUrl}/feeds/news.xml`)
    expect(feed.headers.get('content-type')).toBe('application/xml; charset=utf-8')
    expect(feed.headers.get('cache-control')).toBe('public, max-age=60')
    expect(await feed.text()).toContain('<rss')
  })

  // The page re-reads active.json every 30 s; the time to reach it is measured by `npm run bench`.
  it('an open page shows the banner after an urgent-publish, without reloading, and drops it after the Cancel', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${cms.siteUrl}/news/`)
    const banner = page.locator('#emergency-alerts section')
    expect(await banner.count()).toBe(0)

    const officer = await signedIn(cms.url, 'emergency@city.example')
    const created = await officer('POST', '/emergency-bulletins', {
      ...validContent('emergency-bulletins', 'Tornado warning: take shelter now'),
      severity: 'Extreme',
      urgency: 'Immediate',
    })
    expect(
      (
        await officer('POST', `/emergency-bulletins/${created.body.doc.id}/workflow`, {
          action: 'urgent-publish',
          comment: 'Funnel cloud reported.',
        })
      ).status,
    ).toBe(200)
    await banner.waitFor({ state: 'visible', timeout: 90_000 })
    expect(await banner.textContent()).toContain('Tornado warning: take shelter now')
    expect(await banner.getAttribute('class')).toContain('alert-banner--severe')
    expect(await page.locator('#emergency-alerts').getAttribute('aria-live')).toBe('polite')
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
    expect(results.violations.map((v) => v.id)).toEqual([])

    const cancel = await officer('POST', '/emergency-bulletins', {
      ...validContent('emergency-bulletins', 'All clear: tornado warning ended'),
      msgType: 'Cancel',
      references: [created.body.doc.id],
    })
    const officer2 = await signedIn(cms.url, 'emergency2@city.example')
    expect(
      (
        await officer2('POST', `/emergency-bulletins/${cancel.body.doc.id}/workflow`, {
          action: 'urgent-publish',
          comment: 'Warning ended.',
        })
      ).status,
    ).toBe(200)
    await banner.waitFor({ state: 'detached', timeout: 90_000 })
    await context.close()
  }, 240_000)

  it('subscribing in the browser, confirming, managing and unsubscribing: every page and the emails pass axe', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const axe = (label: string) => expectNoAxeViolations(page, label)
    const newestEmail = (to: string, subject: RegExp) => newestEmailIn(cms.dataDir, to, subject)

    await page.goto(`${cms.siteUrl}/subscribe/`)
    await page.getByLabel(/Email address/).fill('browser.resident@example.com')
    // The email form's topics (the text-message form below has its own).
    await page
      .locator('form', { has: page.getByLabel(/Email address/) })
      .getByLabel('News releases')
      .check()
    await page.getByRole('button', { name: 'Subscribe' }).click()
    await page.waitForURL(`${cms.siteUrl}/subscribe/check-your-email/`)
    await axe('check your email')

    const confirmation = await newestEmail(
      'browser.resident@example.com',
      /Confirm your email alerts/,
    )
    await page.setContent(String(confirmation.html))
    await axe('confirmation email')
    const confirmUrl = /https?:\/\/\S+\/api\/subscriptions\/confirm\?token=[\w%-]+/.exec(
      confirmation.text ?? '',
    )![0]
    await page.goto(confirmUrl)
    expect(await page.locator('h1').textContent()).toBe('You are subscribed')
    await axe('confirmed')

    const writer = await signedIn(cms.url, 'writer@city.example')
    const manager = await signedIn(cms.url, 'manager@city.example')
    const created = await writer(
      'POST',
      '/media-releases',
      validContent('media-releases', 'Spring cleanup week'),
    )
    for (const [who, action] of [
      [writer, 'submit'],
      [manager, 'approve'],
      [manager, 'publish'],
    ] as const)
      await who('POST', `/media-releases/${created.body.doc.id}/workflow`, { action })
    const item = await newestEmail('browser.resident@example.com', /Spring cleanup week/)
    await page.setContent(String(item.html))
    await axe('item email')
    const manageUrl = /https?:\/\/\S+\/api\/subscriptions\/manage\?token=[\w.%-]+/.exec(
      item.text ?? '',
    )![0]
    await page.goto(manageUrl)
    await axe('manage')
    await page.getByLabel('Emergency alerts').check()
    await page.getByRole('button', { name: 'Save' }).click()
    expect(await page.getByRole('status').textContent()).toContain('Saved')

    const unsubscribeUrl = /https?:\/\/\S+\/api\/subscriptions\/unsubscribe\?token=[\w.%-]+/.exec(
      item.text ?? '',
    )![0]
    await page.goto(unsubscribeUrl)
    await axe('unsubscribe')
    await page.getByRole('button', { name: 'Unsubscribe me' }).click()
    expect(await page.locator('h1').textContent()).toBe('You are unsubscribed')
    await axe('unsubscribed')
    await context.close()
  }, 120_000)

  it('the accessibility rules of the CMS find no error in any built page', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const problems: string[] = []
    for (const path of await sitemapUrls()) {
      await page.goto(`${cms.siteUrl}${path}`)
      const model: ContentModel = await page.evaluate(() => {
        const main = document.querySelector('main')!
        const where = (el: Element, i: number) => `${el.tagName.toLowerCase()}#${i}`
        return {
          headings: [...main.querySelectorAll('h1, h2, h3, h4, h5, h6')].slice(1).map((h, i) => ({
            level: Number(h.tagName[1]),
            text: (h.textContent ?? '').trim(),
            path: where(h, i),
          })),
          links: [...document.querySelectorAll('a[href]')].map((a, i) => ({
            text: (a.textContent ?? '').trim(),
            href: a.getAttribute('href') ?? '',
            path: where(a, i),
            imageAlt: a.querySelector('img')?.getAttribute('alt') ?? null,
          })),
          images: [...document.querySelectorAll('img')].map((img, i) => ({
            alt: img.getAttribute('alt'),
            filename: (img.getAttribute('src') ?? '').split('/').pop() ?? '',
            path: where(img, i),
          })),
          tables: [...main.querySelectorAll('table')].map((table, i) => ({
            hasHeader: Boolean(table.querySelector('th')),
            path: where(table, i),
          })),
          blocks: [],
        }
      })
      for (const finding of [
        ...imageAlt(model),
        ...headings(model),
        ...linkText(model),
        ...tableHeaders(model),
      ]) {
        if (finding.severity === 'error')
          problems.push(`${path} ${finding.path}: ${finding.message}`)
      }
    }
    await context.close()
    expect(problems).toEqual([])
  })

  it('every email template passes axe, in English and French', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const sender = {
      cityName: 'City of Riverton',
      postalAddress: '100 Main Street, Riverton ON  N0N 0N0',
    }
    const item = {
      title: 'Pools open Saturday',
      summary: 'Three pools open.',
      url: 'https://www.city.example/news/pools/',
      topic: 'news' as const,
    }
    const emergency = {
      title: 'Boil water advisory',
      summary: 'A main broke.',
      url: 'https://www.city.example/emergency/bw/',
      topic: 'emergency' as const,
      instruction: 'Boil tap water for one minute.',
      emergency: true,
    }
    const samples: [string, string][] = (['en', 'fr'] as const).flatMap(
      (language): [string, string][] => [
        [
          `confirmation ${language}`,
          confirmationEmail({
            language,
            confirmUrl: 'https://cms.example/c?t=1',
            topics: ['emergency', 'news'],
            sender,
          }).html,
        ],
        [
          `item ${language}`,
          itemEmail({
            language,
            item,
            manageUrl: 'https://cms.example/m',
            unsubscribeUrl: 'https://cms.example/u',
            sender,
          }).html,
        ],
        [
          `emergency ${language}`,
          itemEmail({
            language,
            item: emergency,
            manageUrl: 'https://cms.example/m',
            unsubscribeUrl: 'https://cms.example/u',
            sender,
          }).html,
        ],
        [
          `daily digest ${language}`,
          digestEmail({
            language,
            frequency: 'daily',
            items: [item, { ...item, title: 'Second item', untranslated: true }],
            manageUrl: 'https://cms.example/m',
            unsubscribeUrl: 'https://cms.example/u',
            sender,
            cityName: 'City of Exampleton',
          }).html,
        ],
      ],
    )
    const failures: string[] = []
    for (const [label, html] of samples) {
      await page.setContent(html)
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze()
      for (const violation of results.violations) failures.push(`${label}: ${violation.id}`)
    }
    await context.close()
    expect(failures).toEqual([])
  })
  it('a sponsor filters by tier and availability, opens a package and sends an inquiry; every page passes axe', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const axe = (label: string) => expectNoAxeViolations(page, label)
    const listed = async () => page.locator('.item-list h3').allTextContents()

    await page.goto(`${cms.siteUrl}/sponsorship/`)
    expect(await listed()).toContain('Recycling calendar, back page')
    await axe('sponsorship')
    // Plain links, no script: availability first, then a tier.
    await page
      .getByRole('navigation', { name: 'Filter' })
      .getByRole('link', { name: /^Available now/ })
      .click()
    await page.waitForURL(`${cms.siteUrl}/sponsorship/browse/available/`)
    expect(await listed()).not.toContain('Recycling calendar, back page') // sold out
    await page
      .getByRole('navigation', { name: 'Filter' })
      .getByRole('link', { name: /^Leader/ })
      .click()
    await page.waitForURL(`${cms.siteUrl}/sponsorship/browse/tier-leader/available/`)
    expect((await listed()).sort()).toEqual([
      'Canada Day Fireworks Presenting Sponsor',
      'Naming rights: Riverside Community Arena',
    ])
    expect(await page.locator('[role=status]').textContent()).toMatch(
      /2 opportunities: Leader, available now\./,
    )
    expect(await page.locator('a[aria-current=page]', { hasText: /^Leader/ }).count()).toBe(1)
    await axe('filtered')

    await page.getByRole('link', { name: 'Canada Day Fireworks Presenting Sponsor' }).click()
    await page.waitForURL(`${cms.siteUrl}/sponsorship/canada-day-fireworks-presenting-sponsor/`)
    expect(await page.locator('.facts').textContent()).toMatch(/1 of 1 place available/)
    await axe('package')
    await page.getByLabel('Organisation').fill('Riverside Credit Union')
    await page.getByLabel('Your name').fill('Jordan Lee')
    await page.getByLabel(/Email address/).fill('jordan@riverside-cu.example')
    await page
      .getByLabel('Your question or proposal')
      .fill('We would like to present the fireworks this year.')
    await page.getByLabel(/I agree that the City may contact me/).check()
    await page.getByRole('button', { name: 'Send inquiry' }).click()
    await page.waitForURL(`${cms.url}/api/sponsor-inquiries/form`)
    expect(await page.locator('h1').textContent()).toBe('Thank you: we have your inquiry')
    expect(await page.locator('main').textContent()).toMatch(
      /Sam from Corporate Sponsorship will reply by \w+day, \w+ \d+, \d{4}\./,
    )
    await axe('confirmation')

    // The acknowledgement went out at once (as an .eml file: no SMTP server in this run).
    const outboxDir = path.join(cms.dataDir, 'outbox')
    const files = (await readdir(outboxDir)).filter((f) => f.endsWith('.eml'))
    const mails = await Promise.all(
      files.map(async (f) => simpleParser(await readFile(path.join(outboxDir, f)))),
    )
    const ack = mails.find((m) => JSON.stringify(m.to).includes('jordan@riverside-cu.example'))
    expect(ack?.text).toMatch(/\nSam\nCorporate Sponsorship\n/)

    // A sold-out package explains itself and offers the general form instead.
    await page.goto(`${cms.siteUrl}/sponsorship/recycling-calendar-back-page/`)
    expect(await page.locator('form').count()).toBe(0)
    expect(await page.locator('#ask + p').textContent()).toMatch(/sold out/)
    await axe('sold out')
    await context.close()
  })

  it('a resident reports a pothole without JavaScript, then with it (suggestions, the nearby report), and follows it; report, status and map pages pass axe in both languages', async () => {
    // Without JavaScript: the plain form posts to the CMS and the answer is a page.
    const plain = await browser.newContext({ javaScriptEnabled: false })
    const page = await plain.newPage()
    await page.goto(`${cms.siteUrl}/311/report/`)
    await page.getByRole('link', { name: 'Pothole', exact: true }).click()
    await page.waitForURL(`${cms.siteUrl}/311/report/pothole/`)
    expect(await page.locator('.map-picker').isHidden()).toBe(true)
    await page.locator('#address').fill('12 main st.')
    await page.getByLabel('Wider than a tire').check()
    await page.getByLabel('Email address').fill('pothole.reporter@example.ca')
    // A photo from the phone's camera, sent with the plain form (multipart).
    await page.getByLabel(/^Photos/).setInputFiles({
      name: 'IMG_0042.jpg',
      mimeType: 'image/jpeg',
      buffer: await sharp({
        create: { width: 1600, height: 1200, channels: 3, background: '#445' },
      })
        .jpeg()
        .toBuffer(),
    })
    await page.getByRole('button', { name: 'Send the report' }).click()
    await page.waitForURL(`${cms.url}/api/service-requests/form`)
    expect(await page.locator('h1').textContent()).toBe('Report received')
    const reference = /SR-\d{4}-\d{6}/.exec((await page.locator('main').textContent()) ?? '')![0]
    await page.getByRole('link', { name: 'Follow the request' }).click()
    expect(await page.locator('h1').textContent()).toBe(`Request ${reference}`)
    // Nothing of the photo is public until staff approve it; then its resized copy shows.
    expect(await page.locator('main img').count()).toBe(0)
    const desk = await signedIn(cms.url, 'desk@city.example')
    const photos = await desk('GET', `/request-photos?where[filename][like]=${reference}`)
    expect(photos.body.docs).toHaveLength(1)
    expect(
      (await desk('PATCH', `/request-photos/${photos.body.docs[0].id}`, { review: 'approved' }))
        .status,
    ).toBe(200)
    await page.reload()
    const shown = page.locator('main img')
    expect(await shown.getAttribute('alt')).toBe('Photo 1 sent with this report')
    const copy = await fetch((await shown.getAttribute('src'))!)
    expect(copy.headers.get('content-type')).toBe('image/webp')
    expect((await sharp(Buffer.from(await copy.arrayBuffer())).metadata()).width).toBe(1280)
    expect(await page.locator('main').textContent()).toContain('12 Main Street')
    expect(await page.locator('main').textContent()).not.toContain('pothole.reporter')
    await plain.close()

    // axe runs in the page, so the pages are checked with JavaScript on, in both languages.
    const rich = await browser.newContext()
    const form = await rich.newPage()
    for (const [path, label, lang] of [
      [`${cms.siteUrl}/311/report/`, 'choose a problem', 'en-CA'],
      [`${cms.url}/api/service-requests/track/${reference}`, 'status', 'en-CA'],
      [`${cms.url}/api/service-requests/map`, 'map', 'en-CA'],
      [`${cms.siteUrl}/fr/311/signaler/`, 'fr: choose', 'fr-CA'],
      [`${cms.siteUrl}/fr/311/signaler/pothole/`, 'fr: form', 'fr-CA'],
      [`${cms.url}/api/service-requests/track/${reference}?lang=fr`, 'fr: status', 'fr-CA'],
      [`${cms.url}/api/service-requests/map?lang=fr`, 'fr: map', 'fr-CA'],
    ] as const) {
      await form.goto(path)
      expect(await form.locator('html').getAttribute('lang')).toBe(lang)
      await expectNoAxeViolations(form, `311 ${label}`)
    }

    // With JavaScript: the address is chosen from suggestions and the open report nearby is shown.
    await form.goto(`${cms.siteUrl}/311/report/pothole/`)
    expect(await form.locator('.map-picker').isVisible()).toBe(true)
    await expectNoAxeViolations(form, '311 pothole form')
    const address = form.getByRole('combobox', { name: /^Address/ })
    await address.pressSequentially('12 Mai', { delay: 30 })
    await form.getByRole('option', { name: /^12 Main Street/ }).waitFor()
    await address.press('ArrowDown')
    await address.press('Enter')
    expect(await address.inputValue()).toBe('12 Main Street')
    expect(await form.locator('#address-id').inputValue()).not.toBe('')
    await form
      .locator('#nearby')
      .getByRole('link', { name: new RegExp(reference) })
      .waitFor()
    await expectNoAxeViolations(form, '311 report with suggestions and a nearby report')
    // A place picked on the ward map fills the address with the nearest one.
    // (#lat was already filled by the suggestion: wait for the map's own answer, its status line.)
    await form.locator('.ward-map').click({ position: { x: 40, y: 40 } })
    await form.locator('#address-status', { hasText: /^Place chosen: / }).waitFor()
    expect(await address.inputValue()).toMatch(/^\d+ \w+/)
    expect(await form.locator('#lat').inputValue()).not.toBe('')
    // A second place on the map whose answer is slow: the resident types 12 Main Street meanwhile,
    // and the late answer must not overwrite it (it did, on a slow CI machine).
    let releaseLocate = () => {}
    const locateHeld = new Promise<void>((resolve) => (releaseLocate = resolve))
    await form.route('**/api/addresses/locate*', async (route) => {
      await locateHeld
      await route.continue()
    })
    await form.locator('.ward-map').click({ position: { x: 60, y: 60 } })
    // Back to 12 Main Street, the duplicate warning on sending, then "a different problem".
    await address.fill('')
    await address.pressSequentially('12 Main', { delay: 30 })
    await form.getByRole('option', { name: /^12 Main Street/ }).click()
    const located = form.waitForResponse((answer) => answer.url().includes('/addresses/locate'))
    releaseLocate()
    await (await located).finished()
    await form.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)))
    expect(await address.inputValue()).toBe('12 Main Street')
    await form.unroute('**/api/addresses/locate*')
    await form.getByLabel('Smaller than a dinner plate').check()
    await form.getByRole('button', { name: 'Send the report' }).click()
    await form.waitForURL(`${cms.url}/api/service-requests/form`)
    expect(await form.locator('h1').textContent()).toBe('Already reported?')
    await expectNoAxeViolations(form, '311 already reported')
    await form.getByRole('button', { name: /different problem/ }).click()
    await form.waitForLoadState()
    expect(await form.locator('h1').textContent()).toBe('Report received')
    await expectNoAxeViolations(form, '311 received')
    await rich.close()
  }, 180_000)

  it('residents search the site in both languages, open an answer and say it helped; the hub, the search page and an answer pass axe', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
    })
    await page.goto(`${cms.siteUrl}/311/`)
    await expectNoAxeViolations(page, '311 hub')
    // The hub's own search looks in the answers only.
    await page.getByLabel('Search the answers').fill('blue box')
    await page.getByRole('button', { name: 'Search', exact: true }).click()
    await page.waitForURL(/\/search\/\?q=blue\+box&section=311\+answers$/)
    await page
      .locator('#search-results')
      .getByRole('link', { name: 'What goes in the blue box?' })
      .waitFor()
    await page.goto(`${cms.siteUrl}/311/`)
    // The header's top tasks lead there from every page.
    await page
      .getByRole('navigation', { name: 'Services' })
      .getByRole('link', { name: 'Search', exact: true })
      .click()
    await page.waitForURL(`${cms.siteUrl}/search/`)
    await page.getByLabel('Search the site').fill('garbage collected')
    await page.getByRole('button', { name: 'Search', exact: true }).click()
    const results = page.locator('#search-results')
    await results.getByRole('link', { name: 'When is my garbage collected?' }).waitFor()
    expect(await page.locator('#search-status').textContent()).toMatch(
      /^\d+ results? for “garbage collected”$/,
    )
    expect(page.url()).toContain('?q=garbage+collected')
    await expectNoAxeViolations(page, 'search results')
    // The section filter keeps the answers only.
    await page.getByLabel('Section').selectOption('311 answers')
    await page.getByRole('button', { name: 'Search', exact: true }).click()
    await expect
      .poll(async () =>
        (await results.locator('.hint').allTextContents()).every((t) => t === '311 answers'),
      )
      .toBe(true)
    await results.getByRole('link', { name: 'When is my garbage collected?' }).click()
    await page.waitForURL(`${cms.siteUrl}/311/answers/garbage-collection-day/`)
    await expectNoAxeViolations(page, 'answer')
    await page.getByLabel('Yes', { exact: true }).check()
    await page.getByRole('button', { name: 'Send', exact: true }).click()
    await page.waitForURL(/\/api\/kb-articles\/\d+\/feedback$/)
    expect(await page.locator('h1').textContent()).toBe('Thank you')

    // Nothing found: the page says so (and the words go to the knowledge base's owners).
    await page.goto(`${cms.siteUrl}/search/?q=qwxyzzy`)
    await expect
      .poll(() => page.locator('#search-status').textContent())
      .toBe('No results for “qwxyzzy”. Try other words, or browse the 311 answers.')

    await page.goto(`${cms.siteUrl}/fr/recherche/?q=ordures`)
    await results
      .getByRole('link', { name: 'Quel est mon jour de collecte des ordures?' })
      .waitFor()
    expect(await page.locator('#search-status').textContent()).toMatch(
      /résultats? pour « ordures »/,
    )
    await expectNoAxeViolations(page, 'French search results')
    await results.getByRole('link', { name: 'Quel est mon jour de collecte des ordures?' }).click()
    await page.waitForURL(`${cms.siteUrl}/fr/311/reponses/jour-de-collecte-des-ordures/`)
    expect(await page.getAttribute('html', 'lang')).toBe('fr-CA')
    await expectNoAxeViolations(page, 'French answer')
    await page.goto(`${cms.siteUrl}/fr/311/`)
    await expectNoAxeViolations(page, 'French 311 hub')
    expect(violations).toEqual([])
    await context.close()
  })

  it('every kind of page the CMS serves to the public is valid HTML in the site’s look and passes axe, in both languages', async () => {
    // The pages behind a link in an email or a text (with a token no longer good), a request's status
    // and map, and the answers to forms sent wrong: each the CMS renders from one template
    // (cms/http/publicPage.ts) with the site's stylesheet.
    const api = `${cms.url}/api`
    const form = (values: Record<string, string>) => ({
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(values).toString(),
    })
    // A closed request and its reporter's token: the closing message's "still not fixed" page.
    const desk = await signedIn(cms.url, 'desk@city.example')
    const opened = await desk('POST', '/service-requests', {
      service_code: 'GRAFFITI',
      address_string: '12 Main Street',
      'attribute[offensive]': 'no',
      email: 'pages@example.ca',
      channel: 'phone',
    })
    expect(opened.status).toBe(201)
    const closed = await desk('POST', `/service-requests/${opened.body.reference}/status`, {
      state: 'closed',
      reason: 'resolved',
    })
    expect(closed.status).toBe(200)
    const followers = await desk(
      'GET',
      `/service-request-followers?where[request][equals]=${opened.body.doc.id}`,
    )
    const token = followers.body.docs[0].token as string
    const pages: [string, string, RequestInit?][] = []
    for (const lang of ['en', 'fr']) {
      const q = lang === 'fr' ? '&lang=fr' : ''
      pages.push(
        [
          `311 still not fixed (${lang})`,
          `${api}/service-requests/${opened.body.reference}/reopen?token=${token}${q}`,
        ],
        [
          `311 still not fixed, bad link (${lang})`,
          `${api}/service-requests/SR-2026-999999/reopen?token=expired${q}`,
        ],
        [
          `311 safety stop (${lang})`,
          `${api}/service-requests/form`,
          form({
            language: lang,
            service_code: 'TRAFFIC_SIGNAL',
            address_string: '12 Main Street',
            'attribute[danger]': 'yes',
          }),
        ],
        [`confirm (${lang})`, `${api}/subscriptions/confirm?token=expired${q}`],
        [`manage (${lang})`, `${api}/subscriptions/manage?token=expired${q}`],
        [`unsubscribe (${lang})`, `${api}/subscriptions/unsubscribe?token=expired${q}`],
        [`311 status (${lang})`, `${api}/service-requests/track/SR-2026-999999?x=1${q}`],
        [`311 map (${lang})`, `${api}/service-requests/map?x=1${q}`],
        [`311 stop (${lang})`, `${api}/service-requests/unfollow/expired?x=1${q}`],
        [`survey (${lang})`, `${api}/correspondence/survey?t=expired${q}`],
        [`my page, ask (${lang})`, `${api}/my?x=1${q}`],
        [`my page, link used (${lang})`, `${api}/my/open?t=${'A'.repeat(43)}${q}`],
        [
          `my page, link asked (${lang})`,
          `${api}/my/link`,
          form({ language: lang, email: 'nobody.special@example.ca' }),
        ],
        [`ward finder, no such address (${lang})`, `${api}/addresses/ward?q=1+Nowhere+Lane${q}`],
        [`311 form answer (${lang})`, `${api}/service-requests/form`, form({ language: lang })],
        [`contact answer (${lang})`, `${api}/correspondence/form`, form({ language: lang })],
        [`inquiry answer (${lang})`, `${api}/sponsor-inquiries/form`, form({ language: lang })],
        [
          `text sign-up answer (${lang})`,
          `${api}/sms-subscriptions`,
          form({ language: lang, phone: 'not a number', topics: 'emergency' }),
        ],
      )
    }
    const context = await browser.newContext()
    const page = await context.newPage()
    const invalid: string[] = []
    for (const [label, url, init] of pages) {
      const response = await fetch(url, {
        ...init,
        headers: { ...init?.headers, 'x-forwarded-for': '203.0.113.9' },
      })
      const html = await response.text()
      expect(response.headers.get('content-type'), label).toMatch(/^text\/html/)
      expect(html, label).toContain('class="site-header"')
      invalid.push(...(await htmlProblems(html, label)))
      await page.setContent(html, { waitUntil: 'load' })
      await expectNoAxeViolations(page, label)
    }
    await context.close()
    expect(invalid).toEqual([])
  }, 300_000)

  it('a resident’s own page, with no script: the link asked and opened once, their report listed, a comment added; every page passes axe in both languages', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    // The pages carry no script at all: plain forms, as without JavaScript (axe needs it on).
    const axe = async (label: string) => {
      expect(await page.locator('script').count(), label).toBe(0)
      await expectNoAxeViolations(page, label)
    }
    for (const lang of ['fr', 'en']) {
      await page.goto(`${cms.url}/api/my?lang=${lang}`)
      await axe(`my page, ask (${lang})`)
    }
    // pages@example.ca reported graffiti in the test above.
    await page.getByLabel('Your email address').fill('pages@example.ca')
    await page.getByRole('button', { name: 'Email me my link' }).click()
    expect(await page.locator('h1').textContent()).toBe('Check your email')
    await axe('my page, link sent')
    const mail = await newestEmailIn(cms.dataDir, 'pages@example.ca', /cases and reports/)
    const link = /https?:\/\/\S+\/api\/my\/open\?t=[\w-]+/.exec(mail.text ?? '')![0]
    await page.goto(link)
    expect(page.url()).toBe(`${cms.url}/api/my?lang=en`)
    expect(await page.locator('h1').textContent()).toBe('My cases and reports')
    expect(await page.locator('main').textContent()).toMatch(/SR-\d{4}-\d{6}: Graffiti/)
    await axe('my page, signed in')
    expect(await htmlProblems(await page.content(), 'my page, signed in')).toEqual([])
    await page.getByLabel('Add a message').first().fill('The paint is back on the wall.')
    await page.getByRole('button', { name: 'Send' }).first().click()
    expect(await page.getByRole('status').first().textContent()).toContain('Your comment is added')
    await axe('my page, comment added')
    // The same link in another browser: used.
    const other = await browser.newContext()
    const second = await other.newPage()
    const used = await second.goto(link)
    expect(used!.status()).toBe(410)
    await expectNoAxeViolations(second, 'my page, link used')
    await other.close()
    await context.close()
  }, 120_000)

  it('a ward’s page: its banner holds only the alerts touching the ward, at most three and “N more”, with JavaScript and without; its feed and calendar parse; the finder leads there', async () => {
    const officer = await signedIn(cms.url, 'emergency@city.example')
    const since = Date.now()
    const alerts: [string, Record<string, unknown>][] = [
      ['Ward 2: water main break on Main', { severity: 'Severe', wards: [2] }],
      ['Ward 2: boil water advisory', { severity: 'Moderate', wards: [2] }],
      ['Ward 2: road closed for repairs', { severity: 'Minor', wards: [2] }],
      ['Ward 2: power outage', { severity: 'Moderate', wards: [2] }],
      ['Citywide: extreme cold warning', { severity: 'Severe', wards: [] }],
      ['Ward 5: gas leak, stay indoors', { severity: 'Extreme', wards: [5] }],
    ]
    for (const [headline, { severity, wards }] of alerts) {
      const created = await officer('POST', '/emergency-bulletins', {
        ...validContent('emergency-bulletins', headline),
        headline,
        severity,
        urgency: 'Immediate',
        onset: new Date(Date.now() - 60_000).toISOString(),
        areas: [
          {
            areaDesc: (wards as number[]).length ? `Ward ${String(wards)}` : 'The City',
            wards,
            geocodes: [{ valueName: 'profile:CAP-CP:Location:0.3', value: '3537039' }],
          },
        ],
      })
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      const published = await officer(
        'POST',
        `/emergency-bulletins/${created.body.doc.id}/workflow`,
        { action: 'urgent-publish', comment: headline },
      )
      expect(published.status, JSON.stringify(published.body)).toBe(200)
    }
    await waitForSiteBuild(cms.url, since)
    const context = await browser.newContext()
    const page = await context.newPage()
    const bannerOf = async (path: string) => {
      await page.goto(`${cms.siteUrl}${path}`)
      const box = page.locator('#emergency-alerts')
      return {
        items: await box.locator('li a').allTextContents(),
        more: await box
          .locator('.alert-more')
          .textContent()
          .catch(() => null),
      }
    }
    // The city's pages: six in force, the three most severe shown, then "3 more alerts".
    const home = await bannerOf('/news/')
    expect(home.items).toHaveLength(3)
    expect(home.items[0]).toBe('Ward 5: gas leak, stay indoors')
    expect(home.more).toContain('3 more alerts')
    // Ward 2's page: its four and the city-wide one; three shown and "2 more"; never Ward 5's.
    const two = await bannerOf('/wards/2/')
    // Most severe first, then the newest: the city-wide warning came after the water main break.
    expect(two.items).toEqual([
      'Citywide: extreme cold warning',
      'Ward 2: water main break on Main',
      'Ward 2: power outage',
    ])
    expect(two.more).toContain('2 more alerts')
    expect(await page.locator('main').textContent()).toContain('Ward 2: road closed for repairs')
    expect(await page.locator('main').textContent()).not.toContain('gas leak')
    await expectNoAxeViolations(page, '/wards/2/ with alerts')
    const five = await bannerOf('/fr/quartiers/5/')
    expect(five.items.sort()).toEqual(
      ['Citywide: extreme cold warning', 'Ward 5: gas leak, stay indoors'].sort(),
    )
    expect(five.more).toBeNull()
    await expectNoAxeViolations(page, '/fr/quartiers/5/ with alerts')
    await context.close()
    // Without JavaScript the banner the server included says the same.
    const plain = await browser.newContext({ javaScriptEnabled: false })
    const still = await plain.newPage()
    await still.goto(`${cms.siteUrl}/wards/2/`)
    expect(await still.locator('#emergency-alerts li a').allTextContents()).toEqual(two.items)
    expect(await still.locator('#emergency-alerts .alert-more').textContent()).toContain(
      '2 more alerts',
    )
    // The finder on the 311 hub, without JavaScript: a register address leads to its ward's page.
    await still.goto(`${cms.siteUrl}/311/`)
    await still.getByLabel('Your address').fill('123 Main Street')
    await still.getByRole('button', { name: 'Find my ward' }).click()
    await still.waitForURL(/\/wards\/\d+\/$/)
    expect(await still.locator('h1').textContent()).toMatch(/^Ward \d+/)
    // Ward watch from the ward's page, without JavaScript: the CMS answers "check your inbox".
    await still.goto(`${cms.siteUrl}/wards/2/`)
    await still.getByLabel('Your email address').fill('watcher@example.ca')
    await still.getByRole('button', { name: 'Watch this ward' }).click()
    await still.waitForURL(/\/api\/watches$/)
    expect(await still.locator('h1').textContent()).toBe('Check your inbox')
    await plain.close()
    // The ward's feed is RSS 2.0 and its calendar parses (Mozilla's ical.js), in both languages.
    for (const [feedPath, calendarPath] of [
      ['/wards/2/feed.xml', '/wards/2/alerts.ics'],
      ['/fr/quartiers/2/flux.xml', '/fr/quartiers/2/alertes.ics'],
    ]) {
      const feed = await fetch(`${cms.siteUrl}${feedPath}`)
      expect(feed.headers.get('content-type')).toMatch(/xml/)
      const xml = await feed.text()
      expect(rssProblems(xml), feedPath).toEqual([])
      expect(rssTitles(xml)).not.toContain('Ward 5: gas leak, stay indoors')
      const calendar = await fetch(`${cms.siteUrl}${calendarPath}`)
      expect(calendar.headers.get('content-type')).toMatch(/^text\/calendar/)
      const events = new ICAL.Component(ICAL.parse(await calendar.text()))
        .getAllSubcomponents('vevent')
        .map((vevent) => new ICAL.Event(vevent))
      // The French calendar says an alert sent in English alone is in English only.
      const summaries = events.map((e) => e.summary)
      expect(
        summaries.some((s) => s.startsWith('Ward 2: power outage')),
        calendarPath,
      ).toBe(true)
      expect(
        summaries.some((s) => s.includes('gas leak')),
        calendarPath,
      ).toBe(false)
      for (const event of events) expect(event.endDate.compare(event.startDate)).toBe(1)
    }
  }, 300_000)

  it('the jobs queue ran clean in the production build all along (its lease checks never threw)', () => {
    // Class names are minified in the Next.js bundle: a check by name once failed only there.
    expect(cms.output()).not.toMatch(/Error in job queue|Could not check the jobs-runner lease/)
  })
})

describe('alerts by Web Push', () => {
  /*
   * Chromium subscribes through Google's push service, which a closed network cannot reach; the
   * test stands in for that one step: the page's PushManager.subscribe answers with a subscription
   * at the local push service (keys it can decrypt with), and what that service receives from the
   * CMS, encrypted and VAPID-signed, is handed to the service worker as a browser's push service
   * would (DevTools' ServiceWorker.deliverPushMessage). Everything else is the site's own code.
   */
  it('a resident turns on notifications (permission granted), an urgent alert reaches the service worker in their language, and opens its page', async () => {
    const context = await browser.newContext()
    await usePushStub(context, push, cms.siteUrl)
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    const registrations: { registrationId: string; scopeURL: string; isDeleted: boolean }[] = []
    cdp.on('ServiceWorker.workerRegistrationUpdated', (event) =>
      registrations.push(...event.registrations),
    )
    await cdp.send('ServiceWorker.enable')
    await page.goto(`${cms.siteUrl}/fr/abonnement/`)
    await expectNoAxeViolations(page, '/fr/abonnement/')
    await page.evaluate(() => {
      const seen: unknown[] = []
      ;(window as unknown as { pushes: unknown[] }).pushes = seen
      navigator.serviceWorker.addEventListener('message', (event) => seen.push(event.data))
    })
    const before = push.received.length
    await page.getByRole('button', { name: 'Activer les notifications' }).click()
    await expect
      .poll(() => page.locator('.push-status').textContent())
      .toBe('Les notifications sont activées dans ce navigateur.')
    const admin = await signedIn(cms.url, 'admin@city.example')
    const stored = await admin('GET', '/push-subscriptions?depth=0')
    expect(stored.body.docs).toHaveLength(1)
    expect(stored.body.docs[0]).toMatchObject({ language: 'fr', topics: ['emergency'] })
    expect(stored.body.docs[0].consent.sourcePage).toMatch(/\/fr\/abonnement\/$/)

    // An urgent alert, in both languages, through the officer's workflow.
    const officer = await signedIn(cms.url, 'emergency@city.example')
    const draft = await officer('POST', '/emergency-bulletins', {
      ...validContent('emergency-bulletins', 'Test alert: shelter in place'),
      headline: 'Test alert: shelter in place',
    })
    const id = draft.body.doc.id
    await officer('PATCH', `/emergency-bulletins/${id}?locale=fr&draft=true`, {
      title: 'Alerte d’essai : restez à l’intérieur',
      headline: 'Alerte d’essai : restez à l’intérieur',
      summary: 'Ceci est un essai.',
      body: richText({ paragraph: 'Ceci est un essai.' }),
      event: 'Essai',
      instruction: 'Restez à l’intérieur et fermez les fenêtres.',
      areas: draft.body.doc.areas.map((area: Record<string, unknown>) => ({
        ...area,
        areaDesc: 'Quartier 3',
      })),
    })
    const since = Date.now()
    const published = await officer('POST', `/emergency-bulletins/${id}/workflow`, {
      action: 'urgent-publish',
      comment: 'Test of the alert channels.',
    })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    await expect.poll(() => push.received.length, { timeout: 15_000 }).toBeGreaterThan(before)
    const delivered = push.received.at(-1)!
    expect(delivered.payload).toMatchObject({
      title: 'Alerte d’essai : restez à l’intérieur',
      body: 'Restez à l’intérieur et fermez les fenêtres.',
      urgent: true,
      language: 'fr',
    })

    // The browser's push service hands the message to the site's service worker.
    const registration = registrations.find(
      (r) => !r.isDeleted && r.scopeURL.startsWith(cms.siteUrl),
    )!
    await cdp.send('ServiceWorker.deliverPushMessage', {
      origin: cms.siteUrl,
      registrationId: registration.registrationId,
      data: JSON.stringify(delivered.payload),
    })
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { pushes: unknown[] }).pushes.length))
      .toBe(1)
    const shown = (await page.evaluate(
      () => (window as unknown as { pushes: unknown[] }).pushes[0],
    )) as { type: string; title: string; options: Record<string, any> }
    expect(shown).toMatchObject({
      type: 'civic-push',
      title: 'Alerte d’essai : restez à l’intérieur',
      options: { lang: 'fr-CA', requireInteraction: true },
    })
    expect(shown.options.data.url).toMatch(/\/fr\/urgences?\/[\w-]+\/$/)
    // The same message again (a sender's repeat after a crash) is not shown twice.
    await cdp.send('ServiceWorker.deliverPushMessage', {
      origin: cms.siteUrl,
      registrationId: registration.registrationId,
      data: JSON.stringify(delivered.payload),
    })
    await page.waitForTimeout(500)
    expect(
      await page.evaluate(() => (window as unknown as { pushes: unknown[] }).pushes.length),
    ).toBe(1)
    // The page it opens is the alert's, in French (once the rebuild that follows the alert is live).
    await waitForSiteBuild(cms.url, since)
    const alertPage = await page.goto(shown.options.data.url)
    expect(alertPage?.status()).toBe(200)
    await expect.poll(() => page.locator('h1').textContent()).toContain('Alerte d’essai')
    // The text messages' short link (/a/{6 hex digits of the uid}f/) leads to the same page.
    const code = String(draft.body.doc.uid).replace(/-/g, '').slice(0, 6)
    await page.goto(`${cms.siteUrl}/a/${code}f/`)
    await expect.poll(() => page.url()).toBe(shown.options.data.url)
    await context.close()
  })
})
