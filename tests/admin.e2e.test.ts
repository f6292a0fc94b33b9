import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '../cms/seed/demoUsers'
import { launchBrowser } from './helpers/browser'
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
  return (path: string) => fetch(`${cms.url}/api${path}`, { headers: { authorization: `JWT ${token}` } }).then((r) => r.json())
}

describe('the admin', () => {
  const signIn = async (email: string) => {
    const page = await browser.newPage()
    await page.goto(`${cms.url}/admin/login`)
    await page.locator('#field-email').fill(email)
    await page.locator('#field-password').fill(DEMO_PASSWORD)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.endsWith('/login'))
    return page
  }

  it('a writer signs in and creates a draft media release through the UI', async () => {
    const page = await signIn('writer@city.example')
    await page.goto(`${cms.url}/admin/collections/media-releases/create`)
    const title = `Library hours extended for exams ${Date.now()}`
    await page.locator('#field-title').fill(title)
    await page.locator('#field-summary').fill('Central Library stays open until midnight during exam weeks.')
    const editor = page.locator('[data-lexical-editor="true"]').first()
    await editor.click()
    await editor.pressSequentially('Starting Monday, the Central Library is open until midnight.')
    await page.getByRole('button', { name: 'Save Draft' }).click()
    await page.waitForURL(/\/admin\/collections\/media-releases\/\d+/)
    await expect.poll(() => page.getByText('Draft', { exact: false }).first().isVisible()).toBe(true)

    const asWriter = await apiAs('writer@city.example')
    const found = await asWriter(`/media-releases?where[title][equals]=${encodeURIComponent(title)}&draft=true&depth=1`)
    expect(found.docs).toHaveLength(1)
    expect(found.docs[0]).toMatchObject({ _status: 'draft', slug: expect.stringMatching(/^library-hours-extended-for-exams/) })
    expect(found.docs[0].author.email).toBe('writer@city.example')
    expect(JSON.stringify(found.docs[0].body)).toContain('open until midnight')

    const publicView = await fetch(`${cms.url}/api/media-releases?where[title][equals]=${encodeURIComponent(title)}`).then((r) => r.json())
    expect(publicView.docs).toHaveLength(0)
    await page.close()
  })

  it.each([
    ['writer@city.example', 0],
    ['manager@city.example', 1],
  ])('%s is offered %i Publish button(s)', async (email, publishButtons) => {
    const page = await signIn(email)
    await page.goto(`${cms.url}/admin/collections/media-releases/create`)
    await page.locator('#field-title').waitFor()
    await expect.poll(() => page.getByRole('button', { name: 'Save Draft' }).isVisible()).toBe(true)
    expect(await page.getByRole('button', { name: /^Publish/ }).count()).toBe(publishButtons)
    await page.close()
  })
})
