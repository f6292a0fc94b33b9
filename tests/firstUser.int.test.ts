import { afterAll, beforeAll, expect, it } from 'vitest'

import { USERS } from '../cms/core/slugs'
import { type Harness, startHarness } from './helpers/harness'

/** An empty database (production, before anyone signs in): the admin's first-user screen. */
let harness: Harness
beforeAll(async () => {
  harness = await startHarness({ seedUsers: false })
})
afterAll(async () => harness?.close())

const account = (email: string, roles: string[]) => ({
  email,
  password: 'first-password-123',
  firstName: 'First',
  lastName: 'Person',
  roles,
})

it('the first account is made an admin whatever it asks for; after that, sign-up is closed', async () => {
  const first = await harness.rest('POST', `/${USERS}/first-register`, {
    body: account('first@city.example', ['communications-writer']),
  })
  expect(first.status).toBe(200)
  expect(first.body.user.roles).toEqual(['admin'])

  const again = await harness.rest('POST', `/${USERS}/first-register`, {
    body: account('second@city.example', ['admin']),
  })
  expect(again.status).toBe(403)
  const anonymous = await harness.rest('POST', `/${USERS}`, {
    body: account('third@city.example', ['admin']),
  })
  expect(anonymous.status).toBe(403)
  const { totalDocs } = await harness.payload.count({ collection: USERS })
  expect(totalDocs).toBe(1)
})
