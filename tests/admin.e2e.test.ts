import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEFAULT_CALENDAR, localDate, responseDue } from '../cms/core/businessDays'
import { DEMO_PASSWORD } from '../cms/seed/demoUsers'
import { STORED_FILE_POLICY } from '../cms/uploads/fileHeaders'
import { signedIn } from './helpers/api'
import { expectNoAxeViolations } from './helpers/axe'
import { launchBrowser } from './helpers/browser'
import { pngFile, validContent } from './helpers/fixtures'
import { type RunningCms, startCms } from './helpers/server'

/** A writer's first task, in a real browser against the production build that `npm start` serves. */
let cms: RunningCms
let browser: Browser

beforeAll(async () => {
  cms = await startCms()
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await cms?.stop()
})

const apiAs = async (email: string) => {
  const login = await fetch(`${cms.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  })
  const { token } = (await login.json()) as { token: string }
  return (path: string) =>
    fetch(`${cms.url}/api${path}`, { headers: { authorization: `JWT ${token}` } }).then((r) =>
      r.json(),
    )
}

describe('stored files, as the production server serves them', () => {
  it('carry the sandboxed, empty policy SECURITY.md promises (not the admin’s, which Next would put in its place)', async () => {
    const login = await fetch(`${cms.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'writer@city.example', password: DEMO_PASSWORD }),
    })
    const { token } = (await login.json()) as { token: string }
    const form = new FormData()
    const png = await pngFile('policy.png', 40, 30)
    form.append('file', new Blob([png.data], { type: 'image/png' }), 'policy.png')
    form.append('_payload', JSON.stringify({ alt: 'A blue square' }))
    const uploaded = await fetch(`${cms.url}/api/media`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}` },
      body: form,
    })
    expect(uploaded.status).toBe(201)
    const { doc } = (await uploaded.json()) as { doc: { filename: string } }
    const served = await fetch(`${cms.url}/api/media/file/${doc.filename}`)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-security-policy')).toBe(STORED_FILE_POLICY)
    expect(served.headers.get('x-content-type-options')).toBe('nosniff')
    // The admin and the API keep theirs.
    const admin = await fetch(`${cms.url}/api/health`)
    expect(admin.headers.get('content-security-policy')).toContain("form-action 'self'")
  })
})

describe('the admin', () => {
  const signIn = async (email: string) => {
    // A context of its own: each person signed in apart, and axe can run on the page.
    const context = await browser.newContext()
    const page = await context.newPage()
    page.on('close', () => void context.close().catch(() => undefined))
    await page.goto(`${cms.url}/admin/login`)
    await page.locator('#field-email').fill(email)
    await page.locator('#field-password').fill(DEMO_PASSWORD)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.endsWith('/login'))
    return page
  }

  it('the admin loads nothing from outside the CMS: the account avatar is the built-in one, not Gravatar', async () => {
    const page = await browser.newPage()
    const outside: string[] = []
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (url.origin !== new URL(cms.url).origin && url.protocol.startsWith('http'))
        outside.push(request.url())
    })
    await page.goto(`${cms.url}/admin/login`)
    await page.locator('#field-email').fill('writer@city.example')
    await page.locator('#field-password').fill(DEMO_PASSWORD)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.endsWith('/login'))
    await page.goto(`${cms.url}/admin/account`)
    await page.waitForLoadState('networkidle')
    expect(outside).toEqual([])
    expect(await page.locator('img[src*="gravatar"]').count()).toBe(0)
    await page.close()
  })

  it('a writer signs in and creates a draft media release through the UI', async () => {
    const page = await signIn('writer@city.example')
    await page.goto(`${cms.url}/admin/collections/media-releases/create`)
    const title = `Library hours extended for exams ${Date.now()}`
    await page.locator('#field-title').fill(title)
    await page
      .locator('#field-summary')
      .fill('Central Library stays open until midnight during exam weeks.')
    const editor = page.locator('[data-lexical-editor="true"]').first()
    await editor.click()
    await editor.pressSequentially('Starting Monday, the Central Library is open until midnight.')
    await page.getByRole('button', { name: 'Save Draft' }).click()
    await page.waitForURL(/\/admin\/collections\/media-releases\/\d+/)
    await expect
      .poll(() => page.getByText('Draft', { exact: false }).first().isVisible())
      .toBe(true)

    const asWriter = await apiAs('writer@city.example')
    const found = await asWriter(
      `/media-releases?where[title][equals]=${encodeURIComponent(title)}&draft=true&depth=1`,
    )
    expect(found.docs).toHaveLength(1)
    expect(found.docs[0]).toMatchObject({
      _status: 'draft',
      slug: expect.stringMatching(/^library-hours-extended-for-exams/),
    })
    expect(found.docs[0].author.email).toBe('writer@city.example')
    expect(JSON.stringify(found.docs[0].body)).toContain('open until midnight')

    const publicView = await fetch(
      `${cms.url}/api/media-releases?where[title][equals]=${encodeURIComponent(title)}`,
    ).then((r) => r.json())
    expect(publicView.docs).toHaveLength(0)
    await page.close()
  })

  it.each(['writer@city.example', 'manager@city.example', 'admin@city.example'])(
    "%s is offered no Publish button of Payload's own: only the workflow publishes",
    async (email) => {
      const page = await signIn(email)
      await page.goto(`${cms.url}/admin/collections/media-releases/create`)
      await page.locator('#field-title').waitFor()
      await expect
        .poll(() => page.getByRole('button', { name: 'Save Draft' }).isVisible())
        .toBe(true)
      expect(await page.getByRole('button', { name: /^Publish/ }).count()).toBe(0)
      await page.close()
    },
  )

  it('writer → approver → published, through the workflow panel and the review queue', async () => {
    const title = `Winter parking ban begins ${Date.now()}`
    const writer = await signIn('writer@city.example')
    await writer.goto(`${cms.url}/admin/collections/media-releases/create`)
    await writer.locator('#field-title').fill(title)
    await writer
      .locator('#field-summary')
      .fill('Overnight street parking is banned from December 1 to March 31.')
    const editor = writer.locator('[data-lexical-editor="true"]').first()
    await editor.click()
    await editor.pressSequentially('Park in a driveway or a municipal lot overnight.')
    await writer.getByRole('button', { name: 'Save Draft' }).click()
    await writer.waitForURL(/\/admin\/collections\/media-releases\/\d+/)
    const url = writer.url()
    const panel = writer.locator('.workflow-panel')
    await expect
      .poll(() => panel.getByRole('button', { name: 'Submit for review' }).isEnabled(), {
        timeout: 15_000,
      })
      .toBe(true)
    await panel.getByRole('button', { name: 'Submit for review' }).click()
    await expect
      .poll(() => writer.locator('.workflow-panel__badge').textContent(), { timeout: 15_000 })
      .toBe('In review')
    expect(await panel.getByRole('button', { name: 'Approve' }).count()).toBe(0)
    await writer.close()

    const manager = await signIn('manager@city.example')
    await manager.goto(`${cms.url}/admin`)
    const queue = manager.locator('.review-queue')
    await queue.getByRole('link', { name: title }).click()
    await manager.waitForURL(url)
    const managerPanel = manager.locator('.workflow-panel')
    await managerPanel.getByRole('button', { name: 'Approve' }).click()
    await managerPanel.locator('textarea').fill('Checked the dates with Roads.')
    await managerPanel.getByRole('button', { name: 'Approve' }).click()
    await expect
      .poll(() => manager.locator('.workflow-panel__badge').textContent(), { timeout: 15_000 })
      .toBe('Approved')
    await manager.locator('.workflow-panel').getByRole('button', { name: 'Publish now' }).click()
    await expect
      .poll(() => manager.locator('.workflow-panel__badge').textContent(), { timeout: 15_000 })
      .toBe('Published')
    const historyText = await manager.locator('.workflow-panel__history').textContent()
    expect(historyText).toMatch(/Submit for review by Wei Chen/)
    expect(historyText).toMatch(/Approve by Morgan Tremblay/)
    expect(historyText).toContain('Checked the dates with Roads.')
    await manager.close()

    const publicList = await fetch(
      `${cms.url}/api/media-releases?where[title][equals]=${encodeURIComponent(title)}`,
    ).then((r) => r.json())
    expect(publicList.docs).toHaveLength(1)
    expect(publicList.docs[0].workflowState).toBe('published')
  })

  it('a manager whose browser asks for French gets the admin in French, the project’s own panels too', async () => {
    const context = await browser.newContext({ locale: 'fr-CA' })
    const page = await context.newPage()
    await page.goto(`${cms.url}/admin/login`)
    await page.locator('#field-email').fill('manager@city.example')
    await page.locator('#field-password').fill(DEMO_PASSWORD)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.endsWith('/login'))
    expect(await page.getAttribute('html', 'lang')).toBe('fr')
    // The demo content has published items without French: the list says so, in French.
    await page.getByRole('heading', { name: 'Publiés sans français' }).waitFor()
    await page.getByRole('heading', { name: 'En attente de ma révision' }).waitFor()
    const releases = await apiAs('manager@city.example')
    const { docs } = (await releases('/media-releases?limit=1&depth=0')) as {
      docs: { id: number }[]
    }
    await page.goto(`${cms.url}/admin/collections/media-releases/${docs[0]!.id}`)
    await page.getByRole('heading', { name: 'Flux d’approbation' }).waitFor()
    await page.getByRole('heading', { name: 'Accessibilité et langage clair' }).waitFor()
    await context.close()
  })

  it('GraphQL cannot publish around the workflow', async () => {
    const asWriter = await apiAs('writer@city.example')
    const created = await asWriter(
      '/media-releases?limit=1&where[workflowState][equals]=draft&draft=true',
    )
    const id = created.docs[0].id
    for (const email of ['writer@city.example', 'manager@city.example', 'admin@city.example']) {
      const login = await fetch(`${cms.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: DEMO_PASSWORD }),
      }).then((r) => r.json())
      const answer = await fetch(`${cms.url}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${login.token}` },
        body: JSON.stringify({
          query: `mutation { updateMediaRelease(id: ${id}, data: { _status: published }) { id _status } }`,
        }),
      }).then((r) => r.json())
      expect(answer.errors?.length, JSON.stringify(answer)).toBeGreaterThan(0)
    }
    const after = await asWriter(`/media-releases/${id}?depth=0`)
    expect(after._status).toBe('draft')
  })

  it('an emergency officer starts a bulletin from a template and sees the preview residents will get', async () => {
    const page = await signIn('emergency@city.example')
    await page.goto(`${cms.url}/admin/collections/emergency-bulletins/create`)
    await page.getByLabel('Start from a template').selectOption('boil-water')
    await expect.poll(() => page.locator('#field-event').inputValue()).toBe('Boil water advisory')
    await page.locator('#field-title').fill('Boil water advisory: Ward 3')
    const preview = page.locator('.bulletin-preview')
    await expect.poll(() => preview.textContent()).toContain('Boil water advisory: Ward 3')
    expect(await preview.textContent()).toContain('Boil tap water for at least one minute')
    await page.close()
  })
  it('the officer sees, before sending, who each channel reaches and the text message with its encoding and segments, in the language edited', async () => {
    const officer = await signedIn(cms.url, 'emergency@city.example')
    const draft = await officer('POST', '/emergency-bulletins', {
      ...validContent('emergency-bulletins', 'Shelter in place: chemical spill'),
      headline: 'Shelter in place: chemical spill on Rail Street',
      instruction: 'Go inside, close windows and doors, and turn off ventilation.',
    })
    expect(draft.status, JSON.stringify(draft.body)).toBe(201)
    const page = await signIn('emergency@city.example')
    await page.goto(`${cms.url}/admin/collections/emergency-bulletins/${draft.body.doc.id}`)
    const reach = page.locator('.bulletin-reach')
    await expect.poll(() => reach.locator('tbody tr').count(), { timeout: 15_000 }).toBe(3)
    // The counts arrive from the CMS a moment after the panel shows.
    await expect
      .poll(() => reach.locator('tbody tr').first().textContent(), { timeout: 15_000 })
      .toMatch(/^Email\d+$/)
    const rows = await reach.locator('tbody tr').allTextContents()
    expect(rows[0]).toMatch(/^Email\d+$/)
    expect(rows[1]).toMatch(/^Browser notifications\d+$/)
    expect(rows[2]).toMatch(/^Text messages\d+$/)
    expect(await reach.textContent()).toContain('Not sent yet')
    const sms = reach.locator('.bulletin-reach__sms')
    await expect
      .poll(() => sms.locator('pre').textContent())
      .toContain('Shelter in place: chemical spill on Rail Street')
    expect(await sms.textContent()).toMatch(/\d+ characters, GSM-7, 1 segment/)
    // One character outside GSM-7 (ê; é is in it) makes the whole text UCS-2, and is named.
    await page.locator('#field-instruction').fill('Stay in. Forêt trail shut.')
    await expect.poll(() => sms.textContent()).toMatch(/\d+ characters, UCS-2, 2 segments/)
    expect(await sms.textContent()).toContain(
      'Characters that need UCS-2 (70 a segment instead of 160): ê',
    )
    await page.close()
  })

  it('a sponsorship coordinator sees the inquiry on the dashboard, screens it and marks it contacted from the pipeline panel', async () => {
    const sent = await fetch(`${cms.url}/api/sponsor-inquiries`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.77' },
      body: JSON.stringify({
        organisation: 'Panel Test Ltd',
        contactName: 'Kim',
        email: 'kim@panel.example',
        message: 'Hello',
        consent: true,
      }),
    })
    expect(sent.status).toBe(201)
    const { doc } = (await sent.json()) as { doc: { id: number } }
    const page = await signIn('sponsorship@city.example')
    await page.goto(`${cms.url}/admin`)
    const dashboard = page.locator('.sponsorship-dashboard')
    await dashboard.waitFor()
    expect(await dashboard.textContent()).toMatch(/new: [1-9]/)
    await page.goto(`${cms.url}/admin/collections/sponsor-inquiries/${doc.id}`)
    const panel = page.locator('.workflow-panel', { hasText: 'Pipeline' })
    await panel.getByText(/Reply due/).waitFor()
    await panel.getByRole('button', { name: 'Record policy screening' }).click()
    await panel.getByLabel(/Sector/).fill('Retail')
    await panel.getByRole('button', { name: 'Record policy screening' }).click()
    await panel.getByText(/passed screening/).waitFor()
    await panel.getByRole('button', { name: 'Mark as contacted' }).click()
    await panel.getByText('Answered').waitFor()
    expect(await panel.locator('.workflow-panel__history li').count()).toBe(2)
    // A package's tier is chosen from the policy's tier table.
    await page.setViewportSize({ width: 1280, height: 2000 }) // the whole sidebar in view
    await page.goto(`${cms.url}/admin/collections/sponsorship-packages/create`)
    // react-select's placeholder sits under its input: click the input, as a person's click lands there.
    await page.locator('.field-type', { hasText: /^Tier/ }).locator('input').click()
    await page.getByText('Builder ($35,000–$74,999)').waitFor()
    await page.close()
  })
  it('a resident writes from the French contact page and sees the reference; an agent answers from the admin; the contact pages and the thank-you page pass axe', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const axe = (label: string) => expectNoAxeViolations(page, label)
    await page.goto(`${cms.siteUrl}/contact/`)
    await axe('/contact/')
    await page.goto(`${cms.siteUrl}/fr/contact/`)
    await axe('/fr/contact/')
    expect(await page.locator('html').getAttribute('lang')).toBe('fr-CA')
    await page.getByLabel('Votre nom').fill('Dominique Tremblay')
    await page.getByLabel('Adresse courriel').fill('dominique@example.ca')
    await page.getByLabel('Une plainte').check()
    await page.getByLabel('Objet').fill('Trottoir glacé')
    await page
      .getByLabel('Votre message')
      .fill('Le trottoir de la rue Ouellette est glacé depuis trois jours.')
    await page.getByLabel('J’accepte que la Ville communique avec moi').check()
    await page.getByRole('button', { name: 'Envoyer le message' }).click()
    await page.waitForURL(/\/api\/correspondence\/form/)
    const thanks = await page.locator('main').innerText()
    expect(thanks).toMatch(/Votre numéro de référence : C-\d{4}-\d{6}\./)
    const reference = /C-\d{4}-\d{6}/.exec(thanks)![0]
    expect(thanks).toContain('Nous vous répondrons au plus tard le')
    await axe('the thank-you page')
    await context.close()

    const api = await apiAs('desk@city.example')
    const found = (await api(`/correspondence?where[reference][equals]=${reference}&depth=0`)) as {
      docs: { id: number; language: string; kind: string }[]
    }
    expect(found.docs[0]).toMatchObject({ language: 'fr', kind: 'complaint' })
    const agent = await signIn('desk@city.example')
    await agent.goto(`${cms.url}/admin/collections/correspondence/${found.docs[0]!.id}`)
    await expect
      .poll(() => agent.getByText('Le trottoir de la rue Ouellette').first().isVisible())
      .toBe(true)
    await agent
      .getByLabel('Your reply (signed with your first name and department)')
      .fill('Merci de nous avoir écrit. Une équipe épandra du sel demain matin.')
    await agent.getByRole('button', { name: 'Check the wording' }).click()
    await expect.poll(() => agent.locator('.desk-thread__check').isVisible()).toBe(true)
    // French text, French measure: the checker scores the reply with Kandel–Moles reading ease.
    expect(await agent.locator('.desk-thread__check').innerText()).toMatch(/Reading ease/)
    await agent.getByRole('button', { name: 'Send reply' }).click()
    await expect
      .poll(
        async () =>
          ((await api(`/correspondence/${found.docs[0]!.id}?depth=0`)) as { state: string }).state,
      )
      .toBe('answered')
    await agent.close()
  })

  it('an agent’s dashboard opens on their own work with the answer search above the fold; two agents on one case see each other; a saved reply fills French', async () => {
    const desk = await signedIn(cms.url, 'desk@city.example')
    const me = (await desk('GET', '/users/me')).body.user as { id: number }
    const call = async (subject: string, receivedAt: Date, language = 'en') => {
      const opened = await desk('POST', '/correspondence', {
        channel: 'phone',
        kind: 'general',
        language,
        contactName: 'Camille Roy',
        email: 'camille@example.ca',
        subject,
        message: 'A call.',
        receivedAt: receivedAt.toISOString(),
        assignee: me.id,
      })
      expect(opened.status, JSON.stringify(opened.body)).toBe(201)
      return opened.body.doc as { id: number; reference: string }
    }
    const late = await call('Overdue call', new Date(Date.now() - 9 * 86_400_000))
    // A call two business days before today is due today (none when today is not a business day).
    const today = localDate(new Date())
    const dueTodayAt = Array.from(
      { length: 8 },
      (_, k) => new Date(Date.now() - (k + 1) * 86_400_000),
    ).find((at) => responseDue(at, DEFAULT_CALENDAR, 2).dueDate === today)
    const due = dueTodayAt ? await call('Due today call', dueTodayAt) : null

    const agent = await signIn('desk@city.example')
    await agent.setViewportSize({ width: 1280, height: 800 })
    await agent.goto(`${cms.url}/admin`)
    const work = agent.getByRole('region', { name: 'Your work' })
    await work.waitFor()
    // The first panel of the dashboard: nothing above it but a mail notice when mail fails.
    expect(await agent.locator('h2').first().textContent()).toBe('Your work')
    expect(await work.getByRole('link', { name: `${late.reference}: Overdue call` }).count()).toBe(
      1,
    )
    if (due)
      expect(
        await work.getByRole('link', { name: `${due.reference}: Due today call` }).count(),
      ).toBe(1)
    const search = agent.getByRole('search')
    const box = await search.boundingBox()
    expect(box && box.y + box.height).toBeLessThanOrEqual(800)
    await expectNoAxeViolations(agent, 'dashboard, your work', { include: '.your-work' })

    // Two agents on one French case: the second sees the first within 10 s, then their typing.
    const french = await call('Trottoir glacé', new Date(), 'fr')
    await agent.goto(`${cms.url}/admin/collections/correspondence/${french.id}`)
    await agent.getByLabel('Your reply (signed with your first name and department)').waitFor()
    const manager = await signIn('manager@city.example')
    await manager.goto(`${cms.url}/admin/collections/correspondence/${french.id}`)
    const here = manager.locator('.desk-thread__here')
    await expect.poll(() => here.textContent(), { timeout: 10_000 }).toContain('Jordan Roy')
    await agent
      .getByLabel('Saved reply')
      .selectOption({ label: 'We need more details (waits for the customer)' })
    await agent.getByRole('button', { name: 'Insert' }).click()
    const reply = agent.getByLabel('Your reply (signed with your first name and department)')
    await expect.poll(() => reply.inputValue()).toContain(`dossier ${french.reference}`)
    expect(await reply.inputValue()).toMatch(/^Bonjour Camille,/)
    expect(await agent.getByLabel(/My reply asks the customer a question/).isChecked()).toBe(true)
    await expect
      .poll(() => here.textContent(), { timeout: 12_000 })
      .toContain('Jordan Roy (typing a reply)')
    await manager.close()
    await agent.close()
  }, 120_000)

  it('an agent finds an answer from the dashboard through a typo, with what to say and the notes; the knowledge base list shows its health', async () => {
    const agent = await signIn('desk@city.example')
    const search = agent.getByRole('search')
    await search.getByLabel('What is the caller asking?').fill('garbge not picked up')
    await search.getByRole('button', { name: 'Search' }).click()
    const answer = agent.getByRole('link', { name: 'My garbage was not picked up' })
    await answer.waitFor()
    const text = (await agent.locator('section', { has: search }).textContent()) ?? ''
    expect(text).toContain('Say: Confirm the set-out time')
    expect(text).toContain('Notes: Contractor route sheets')
    await agent.goto(`${cms.url}/admin/collections/kb-articles`)
    await agent.getByRole('heading', { name: 'Knowledge base health' }).waitFor()
    expect(await agent.getByRole('columnheader', { name: 'Not helpful' }).count()).toBe(1)
    await agent.close()
  })

  it('a call logged through intake (the address from the register search) is moved on from the request’s status panel in the admin, under the dashboard’s 311 queues', async () => {
    const agent = await signIn('desk@city.example')
    await expect
      .poll(() => agent.getByRole('heading', { name: '311 requests' }).isVisible())
      .toBe(true)
    // A call, logged through the same intake the admin's create form posts to.
    const api = await apiAs('desk@city.example')
    const register = (await fetch(`${cms.url}/api/addresses/search?q=20%20king%20st`).then((r) =>
      r.json(),
    )) as { id: number; label: string }[]
    expect(register[0]!.label).toBe('20 King Street')
    const login = await fetch(`${cms.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'desk@city.example', password: DEMO_PASSWORD }),
    })
    const { token } = (await login.json()) as { token: string }
    const created = await fetch(`${cms.url}/api/service-requests`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        service_code: 'STREETLIGHT',
        address_id: register[0]!.id,
        'attribute[problem]': 'out',
        channel: 'phone',
      }),
    }).then((r) => r.json() as Promise<{ doc: { id: number; reference: string } }>)
    await agent.goto(`${cms.url}/admin/collections/service-requests/${created.doc.id}`)
    await expect.poll(() => agent.getByRole('heading', { name: 'Status' }).isVisible()).toBe(true)
    await agent.getByLabel('Move to').selectOption('assigned')
    await agent.getByLabel(/^Public notes/).fill('A crew will replace the bulb on Thursday.')
    await agent.getByRole('button', { name: 'Change the status' }).click()
    await expect.poll(() => agent.getByText(/is now assigned\./).isVisible()).toBe(true)
    const after = (await api(`/service-requests/${created.doc.id}?depth=0`)) as {
      state: string
      statusNotes: string
    }
    expect(after).toMatchObject({
      state: 'assigned',
      statusNotes: 'A crew will replace the bulb on Thursday.',
    })
    await agent.close()
  })

  it('security headers on the admin and the API; GraphQL in production: no introspection, no playground, costly queries refused', async () => {
    for (const path of ['/admin/login', '/api/health']) {
      const response = await fetch(`${cms.url}${path}`)
      expect(response.headers.get('content-security-policy'), path).toContain(
        "frame-ancestors 'none'",
      )
      expect(response.headers.get('x-frame-options'), path).toBe('DENY')
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin')
      expect(response.headers.get('access-control-allow-origin'), path).toBeNull()
    }
    const graphql = async (query: string) => {
      const response = await fetch(`${cms.url}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      })
      return JSON.stringify(await response.json())
    }
    expect(await graphql('{ __schema { types { name } } }')).toMatch(/introspection/i)
    expect((await fetch(`${cms.url}/api/graphql-playground`)).status).not.toBe(200)
    // Anonymous GraphQL: live public items only; no drafts, internal items, versions, staff or personal data.
    const drafts = await graphql(
      '{ MediaReleases(draft: true, limit: 100) { docs { title } } Publications(draft: true, limit: 100) { docs { title } } }',
    )
    expect(drafts).not.toContain('Road resurfacing on Main Street') // a demo draft
    expect(drafts).not.toContain('Staff Newsletter') // an internal publication
    for (const query of [
      '{ Users { docs { email } } }',
      '{ versionsMediaReleases { docs { id } } }',
      '{ Subscribers { docs { email } } }',
      '{ SponsorInquiries { docs { email } } }',
      '{ WorkflowAudits { docs { summary } } }',
    ]) {
      const answer = await graphql(query)
      expect(answer, query).not.toMatch(/@(city\.)?example/)
      expect(answer, query).toMatch(/"errors"/)
    }
    // 120 aliased lists of 3 fields each: about 600 fields, past the cap of 400.
    const costly = `{ ${Array.from({ length: 120 }, (_, i) => `a${i}: MediaReleases { docs { id title summary } }`).join(' ')} }`
    expect(await graphql(costly)).toMatch(/complexity/i)
  })
})
