import { describe, expect, it } from 'vitest'

import { PUSH_KEYS, PUSH_SUBSCRIPTIONS, SMS_SUBSCRIBERS } from '../../cms/core/slugs'
import type { Harness, StaffUser } from '../helpers/harness'
import { ACTOR_EMAIL, ACTORS, type Actor, attempt } from './access.contract'

/**
 * Residents' push subscriptions and mobile numbers are personal data, like email subscribers: only
 * admins and communications managers read or delete them; nobody creates or edits one through the
 * API (the public endpoints and the gateway's webhook write them). The VAPID keys: admins read the
 * public key; the private key leaves the API for nobody; nobody writes them.
 */
export const alertChannelsAccessContract = (harness: () => Harness) => {
  const who = (actor: Actor): StaffUser | undefined =>
    actor === 'public' ? undefined : harness().user(ACTOR_EMAIL[actor])
  let counter = 0
  const rows = {
    [PUSH_SUBSCRIPTIONS]: () => ({
      endpoint: `https://fcm.googleapis.com/fcm/send/contract-${(counter += 1)}`,
      p256dh: 'BKey',
      auth: 'auth',
      topics: ['emergency'],
      language: 'en',
    }),
    [SMS_SUBSCRIBERS]: () => ({
      phone: `+1613555${String((counter += 1)).padStart(4, '0')}`,
      status: 'confirmed',
      topics: ['emergency'],
      language: 'en',
      codeHash: 'secret-code-hash',
    }),
  }

  describe.each([PUSH_SUBSCRIPTIONS, SMS_SUBSCRIBERS] as const)('%s', (slug) => {
    it.each(ACTORS)(
      'as %s: admins and managers read and delete; nobody creates or edits through the API',
      async (actor) => {
        const allowed = actor === 'admin' || actor === 'manager'
        const existing = await harness().payload.create({
          collection: slug,
          data: rows[slug]() as never,
          overrideAccess: true,
        })
        const user = who(actor)
        expect(
          await attempt(() =>
            harness().payload.find({ collection: slug, user, overrideAccess: false }),
          ),
        ).toBe(allowed ? 'ok' : 403)
        expect(
          await attempt(() =>
            harness().payload.create({
              collection: slug,
              data: rows[slug]() as never,
              user,
              overrideAccess: false,
            }),
          ),
        ).toBe(403)
        expect(
          await attempt(() =>
            harness().payload.update({
              collection: slug,
              id: existing.id,
              data: { language: 'fr' } as never,
              user,
              overrideAccess: false,
            }),
          ),
        ).toBe(403)
        expect(
          await attempt(() =>
            harness().payload.delete({
              collection: slug,
              id: existing.id,
              user,
              overrideAccess: false,
            }),
          ),
        ).toBe(allowed ? 'ok' : 403)
      },
    )
  })

  it('an SMS subscriber’s code hash never leaves the API, even for admins', async () => {
    const row = await harness().payload.create({
      collection: SMS_SUBSCRIBERS,
      data: rows[SMS_SUBSCRIBERS]() as never,
      overrideAccess: true,
    })
    const found = await harness().payload.findByID({
      collection: SMS_SUBSCRIBERS,
      id: row.id,
      user: who('admin'),
      overrideAccess: false,
    })
    expect(found).not.toHaveProperty('codeHash')
    expect(found).toMatchObject({ phone: (row as { phone: string }).phone })
  })

  it.each(ACTORS)(
    'the Web Push keys as %s: admins read the public key only; nobody writes',
    async (actor) => {
      await harness().payload.updateGlobal({
        slug: PUSH_KEYS,
        data: { publicKey: 'BPublic', privateKey: 'private-secret' } as never,
        overrideAccess: true,
      })
      const user = who(actor)
      const read = await attempt(() =>
        harness().payload.findGlobal({ slug: PUSH_KEYS, user, overrideAccess: false }),
      )
      expect(read).toBe(actor === 'admin' ? 'ok' : 403)
      if (actor === 'admin') {
        const keys = await harness().payload.findGlobal({
          slug: PUSH_KEYS,
          user,
          overrideAccess: false,
        })
        expect(keys).toMatchObject({ publicKey: 'BPublic' })
        expect(JSON.stringify(keys)).not.toContain('private-secret')
      }
      expect(
        await attempt(() =>
          harness().payload.updateGlobal({
            slug: PUSH_KEYS,
            data: { publicKey: 'BMine' } as never,
            user,
            overrideAccess: false,
          }),
        ),
      ).toBe(403)
    },
  )
}
