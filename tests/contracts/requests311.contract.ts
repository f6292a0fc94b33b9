import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { demoAddresses } from '../../cms/addresses/core/demoCity'
import {
  ADDRESSES,
  API_CLIENTS,
  DEPARTMENTS,
  REQUEST_PHOTO_COPIES,
  REQUEST_PHOTOS,
  SERVICE_REQUEST_EVENTS,
  SERVICE_REQUEST_FOLLOWERS,
  SERVICE_REQUEST_SETTINGS,
  SERVICE_REQUESTS,
  SERVICE_TYPES,
  STATUS_TEMPLATES,
  WARDS,
  WATCHES,
} from '../../cms/core/slugs'
import { seedDemo311 } from '../../cms/seed/seed'
import { submitRequest } from '../../cms/servicerequests/intake'
import { preparePhotos, storePhotos } from '../../cms/servicerequests/photos'
import type { Harness, StaffUser } from '../helpers/harness'
import { ACTOR_EMAIL, ACTORS, type Actor, attempt } from './access.contract'

/**
 * Who may do what with 311, written out as the specification. Requests hold reporters' personal
 * information: the 311 desk (agents, communications managers, admins) sees every request, other staff
 * only their department's and their own, the public none (it reads Open311 and the status pages). The
 * register and catalogue are public and kept by managers; API keys are the managers'.
 */
const DESK: Actor[] = ['admin', 'manager', 'desk']
const MANAGERS: Actor[] = ['admin', 'manager']

export const requests311AccessContract = (harness: () => Harness) => {
  const who = (actor: Actor): StaffUser | undefined =>
    actor === 'public' ? undefined : harness().user(ACTOR_EMAIL[actor])
  const ids = { communications: '', publicWorks: '' }
  const spot = demoAddresses().find((a) => a.number === '21' && a.street === 'King Street')!

  const open = async (department: string) => {
    const { payload } = harness()
    const found = await payload.find({
      collection: DEPARTMENTS,
      where: { name: { equals: department } },
      overrideAccess: true,
    })
    const outcome = await submitRequest(payload, {
      serviceCode: 'PARK_MAINTENANCE',
      lat: spot.lat,
      long: spot.long,
      channel: 'phone',
      email: 'contract.reporter@example.ca',
    })
    if (outcome.kind !== 'created') throw new Error(`fixture not created: ${outcome.kind}`)
    await payload.update({
      collection: SERVICE_REQUESTS,
      id: outcome.doc.id,
      data: { department: found.docs[0]!.id as number },
      overrideAccess: true,
    })
    return String(outcome.doc.id)
  }

  const jpeg = () =>
    sharp({ create: { width: 64, height: 48, channels: 3, background: '#345' } })
      .jpeg()
      .toBuffer()
  /** Each request's photo; the Public Works one is approved (its copy public), the other pending. */
  const photoIds = { communications: '', publicWorks: '' }
  const copyIds = { communications: '', publicWorks: '' }

  beforeAll(async () => {
    const { payload } = harness()
    await seedDemo311(payload)
    ids.communications = await open('Corporate Communications')
    ids.publicWorks = await open('Public Works')
    for (const key of Object.keys(ids) as (keyof typeof ids)[]) {
      const request = await payload.findByID({
        collection: SERVICE_REQUESTS,
        id: ids[key],
        overrideAccess: true,
      })
      const { photos } = await preparePhotos([{ name: 'p.jpg', data: await jpeg() }])
      const [photo] = await storePhotos(payload, request, photos, 'web')
      photoIds[key] = String(photo)
      const copy = await payload.find({
        collection: REQUEST_PHOTO_COPIES,
        where: { photo: { equals: photo } },
        overrideAccess: true,
      })
      copyIds[key] = String(copy.docs[0]!.id)
    }
    await payload.update({
      collection: REQUEST_PHOTOS,
      id: photoIds.publicWorks,
      data: { review: 'approved' },
      overrideAccess: true,
    })
  })

  const visible = (actor: Actor): (keyof typeof ids)[] =>
    DESK.includes(actor)
      ? ['communications', 'publicWorks']
      : actor === 'writer'
        ? ['communications']
        : []

  describe.each(ACTORS)('service requests as %s', (actor) => {
    it(`read: ${visible(actor).join(', ') || 'nothing'}`, async () => {
      const { payload } = harness()
      const result = await attempt(() =>
        payload.find({ collection: SERVICE_REQUESTS, user: who(actor), overrideAccess: false }),
      )
      if (actor === 'public') return expect(result).toBe(403)
      const found = await payload.find({
        collection: SERVICE_REQUESTS,
        user: who(actor),
        overrideAccess: false,
        pagination: false,
        depth: 0,
      })
      const seen = new Set(found.docs.map((d) => String(d.id)))
      for (const key of Object.keys(ids) as (keyof typeof ids)[])
        expect(seen.has(ids[key]), key).toBe(visible(actor).includes(key))
    })

    it('create through Payload: refused (requests open through intake)', async () => {
      const result = await attempt(() =>
        harness().payload.create({
          collection: SERVICE_REQUESTS,
          data: { serviceCode: 'POTHOLE', channel: 'web', state: 'new' } as never,
          user: who(actor),
          overrideAccess: false,
        }),
      )
      expect(result).toBe(actor === 'public' ? 403 : 400)
    })

    it(`update (queue, assignee): ${visible(actor).length ? 'the requests it reads' : 'refused'}`, async () => {
      for (const key of Object.keys(ids) as (keyof typeof ids)[]) {
        const result = await attempt(() =>
          harness().payload.update({
            collection: SERVICE_REQUESTS,
            id: ids[key],
            data: { queue: `Queue of ${actor}` },
            user: who(actor),
            overrideAccess: false,
          }),
        )
        expect(result, key).toBe(visible(actor).includes(key) ? 'ok' : 403)
      }
    })

    it('update of the state or the public notes around the status contract: refused', async () => {
      if (!visible(actor).length) return
      const result = await attempt(() =>
        harness().payload.update({
          collection: SERVICE_REQUESTS,
          id: ids[visible(actor)[0]!],
          data: { state: 'closed', statusNotes: 'Forged' } as never,
          user: who(actor),
          overrideAccess: false,
        }),
      )
      expect(result).toBe(400)
    })

    it(`delete: ${actor === 'admin' ? 'allowed' : 'refused'}`, async () => {
      const doomed = await open('Public Works')
      const result = await attempt(() =>
        harness().payload.delete({
          collection: SERVICE_REQUESTS,
          id: doomed,
          user: who(actor),
          overrideAccess: false,
        }),
      )
      expect(result).toBe(actor === 'admin' ? 'ok' : 403)
    })
  })

  describe.each(ACTORS)('request photos as %s', (actor) => {
    it(`originals: read and review those of ${visible(actor).join(', ') || 'no request'}; admins delete`, async () => {
      const { payload } = harness()
      const read = await attempt(() =>
        payload.find({ collection: REQUEST_PHOTOS, user: who(actor), overrideAccess: false }),
      )
      if (actor === 'public') expect(read).toBe(403)
      else {
        const found = await payload.find({
          collection: REQUEST_PHOTOS,
          user: who(actor),
          overrideAccess: false,
          pagination: false,
          depth: 0,
        })
        const seen = new Set(found.docs.map((d) => String(d.id)))
        for (const key of Object.keys(ids) as (keyof typeof ids)[])
          expect(seen.has(photoIds[key]), key).toBe(visible(actor).includes(key))
      }
      for (const key of Object.keys(ids) as (keyof typeof ids)[]) {
        const review = await attempt(() =>
          payload.update({
            collection: REQUEST_PHOTOS,
            id: photoIds[key],
            data: { alt: `Seen by ${actor}` },
            user: who(actor),
            overrideAccess: false,
          }),
        )
        expect(review, key).toBe(visible(actor).includes(key) ? 'ok' : 403)
      }
      const remove = await attempt(() =>
        payload.delete({
          collection: REQUEST_PHOTOS,
          id: 999_999,
          user: who(actor),
          overrideAccess: false,
        }),
      )
      expect(remove).toBe(actor === 'admin' ? 404 : 403)
    })

    it(`attach a photo: to ${visible(actor).join(', ') || 'no request'}`, async () => {
      for (const key of Object.keys(ids) as (keyof typeof ids)[]) {
        const data = await jpeg()
        const created = await attempt(() =>
          harness().payload.create({
            collection: REQUEST_PHOTOS,
            data: { request: Number(ids[key]) } as never,
            file: { data, mimetype: 'image/jpeg', name: 'counter.jpg', size: data.length },
            user: who(actor),
            overrideAccess: false,
          }),
        )
        expect(created, key).toBe(visible(actor).includes(key) ? 'ok' : 403)
      }
    })

    it('public copies: the public reads approved ones; staff also those of their requests; nobody writes', async () => {
      const { payload } = harness()
      const found = await payload.find({
        collection: REQUEST_PHOTO_COPIES,
        user: who(actor),
        overrideAccess: false,
        pagination: false,
        depth: 0,
      })
      const seen = new Set(found.docs.map((d) => String(d.id)))
      expect(seen.has(copyIds.publicWorks)).toBe(true)
      expect(seen.has(copyIds.communications)).toBe(visible(actor).includes('communications'))
      const update = await attempt(() =>
        payload.update({
          collection: REQUEST_PHOTO_COPIES,
          id: copyIds.communications,
          data: { public: true },
          user: who(actor),
          overrideAccess: false,
        }),
      )
      expect(update).toBe(403)
      const remove = await attempt(() =>
        payload.delete({
          collection: REQUEST_PHOTO_COPIES,
          id: copyIds.publicWorks,
          user: who(actor),
          overrideAccess: false,
        }),
      )
      expect(remove).toBe(403)
      const data = await jpeg()
      const create = await attempt(() =>
        payload.create({
          collection: REQUEST_PHOTO_COPIES,
          data: {
            photo: Number(photoIds.publicWorks),
            request: Number(ids.publicWorks),
            public: true,
          } as never,
          file: { data, mimetype: 'image/webp', name: 'forged.webp', size: data.length },
          user: who(actor),
          overrideAccess: false,
        }),
      )
      expect(create).toBe(403)
    })
  })

  describe.each(ACTORS)('311’s other records as %s', (actor) => {
    it.each([
      [SERVICE_REQUEST_EVENTS, actor !== 'public'],
      [SERVICE_REQUEST_FOLLOWERS, DESK.includes(actor)],
      [WATCHES, DESK.includes(actor)],
    ] as const)('%s: read by %s; nobody writes through the API', async (slug, mayRead) => {
      const { payload } = harness()
      expect(
        await attempt(() =>
          payload.find({ collection: slug, user: who(actor), overrideAccess: false }),
        ),
      ).toBe(mayRead ? 'ok' : 403)
      const create = await attempt(() =>
        payload.create({
          collection: slug,
          data: {
            request: Number(ids.publicWorks),
            action: 'opened',
            at: new Date().toISOString(),
            email: 'x@example.ca',
            token: `t-${actor}`,
          } as never,
          user: who(actor),
          overrideAccess: false,
        }),
      )
      expect(create).toBe(403)
    })

    it.each([WARDS, ADDRESSES, SERVICE_TYPES] as const)(
      '%s: everyone reads; managers write',
      async (slug) => {
        const { payload } = harness()
        expect(
          await attempt(() =>
            payload.find({ collection: slug, user: who(actor), overrideAccess: false, limit: 1 }),
          ),
        ).toBe('ok')
        const [first] = (await payload.find({ collection: slug, limit: 1, overrideAccess: true }))
          .docs
        const update = await attempt(() =>
          payload.update({
            collection: slug,
            id: first!.id,
            data: {},
            user: who(actor),
            overrideAccess: false,
          }),
        )
        expect(update).toBe(MANAGERS.includes(actor) ? 'ok' : 403)
        const remove = await attempt(() =>
          payload.delete({
            collection: slug,
            id: 999_999,
            user: who(actor),
            overrideAccess: false,
          }),
        )
        expect(remove).toBe(MANAGERS.includes(actor) ? 404 : 403)
      },
    )

    it('api clients: managers only; the key is never read back', async () => {
      const { payload } = harness()
      const created = await attempt(() =>
        payload.create({
          collection: API_CLIENTS,
          data: { name: `App of ${actor}`, contact: 'dev@app.example', rateLimitPerHour: 10 },
          user: who(actor),
          overrideAccess: false,
        }),
      )
      expect(created).toBe(MANAGERS.includes(actor) ? 'ok' : 403)
      const read = await attempt(() =>
        payload.find({ collection: API_CLIENTS, user: who(actor), overrideAccess: false }),
      )
      expect(read).toBe(MANAGERS.includes(actor) ? 'ok' : 403)
      if (MANAGERS.includes(actor)) {
        const { docs } = await payload.find({
          collection: API_CLIENTS,
          user: who(actor),
          overrideAccess: false,
        })
        for (const doc of docs) expect(doc).not.toHaveProperty('keyHash')
      }
    })

    it('status templates: staff read; managers write', async () => {
      const { payload } = harness()
      const read = await attempt(() =>
        payload.find({ collection: STATUS_TEMPLATES, user: who(actor), overrideAccess: false }),
      )
      expect(read).toBe(actor === 'public' ? 403 : 'ok')
      const data = {
        name: `Template of ${actor}`,
        state: 'closed' as const,
        text: 'Fixed: {reference}.',
        textFr: 'Réglé : {reference}.',
      }
      const created = await attempt(() =>
        payload.create({
          collection: STATUS_TEMPLATES,
          data,
          user: who(actor),
          overrideAccess: false,
        }),
      )
      expect(created).toBe(MANAGERS.includes(actor) ? 'ok' : 403)
      const mine = await payload.create({
        collection: STATUS_TEMPLATES,
        data,
        overrideAccess: true,
      })
      const update = await attempt(() =>
        payload.update({
          collection: STATUS_TEMPLATES,
          id: mine.id,
          data: { text: 'Done: {reference}.' },
          user: who(actor),
          overrideAccess: false,
        }),
      )
      expect(update).toBe(MANAGERS.includes(actor) ? 'ok' : 403)
      const remove = await attempt(() =>
        payload.delete({
          collection: STATUS_TEMPLATES,
          id: mine.id,
          user: who(actor),
          overrideAccess: false,
        }),
      )
      expect(remove).toBe(MANAGERS.includes(actor) ? 'ok' : 403)
    })

    it('311 settings: the desk reads; managers change', async () => {
      const { payload } = harness()
      const read = await attempt(() =>
        payload.findGlobal({
          slug: SERVICE_REQUEST_SETTINGS,
          user: who(actor),
          overrideAccess: false,
        }),
      )
      expect(read).toBe(DESK.includes(actor) ? 'ok' : 403)
      const update = await attempt(() =>
        payload.updateGlobal({
          slug: SERVICE_REQUEST_SETTINGS,
          data: {},
          user: who(actor),
          overrideAccess: false,
        }),
      )
      expect(update).toBe(MANAGERS.includes(actor) ? 'ok' : 403)
    })
  })
}
