import { beforeAll, describe, expect, it } from 'vitest'

import {
  KB_ARTICLES,
  KB_FEEDBACK,
  KB_SEARCH_MISSES,
  KB_SETTINGS,
  KB_VIEWS,
} from '../../cms/core/slugs'
import { richText } from '../../cms/core/text/lexical'
import type { Harness, StaffUser } from '../helpers/harness'
import { ACTOR_EMAIL, ACTORS, type Actor, attempt } from './access.contract'

/**
 * The knowledge base's records besides its articles (which follow the content contract): feedback,
 * view counts and searches without an answer are written by the system only and read by staff; the
 * synonyms are read by staff and kept by managers and writers. An article's notes and phone script
 * are staff's, even on a published public article.
 */
const EDITORS: Actor[] = ['admin', 'manager', 'writer']

export const kbAccessContract = (harness: () => Harness) => {
  const who = (actor: Actor): StaffUser | undefined =>
    actor === 'public' ? undefined : harness().user(ACTOR_EMAIL[actor])
  let article: number | string = ''

  beforeAll(async () => {
    const doc = await harness().payload.create({
      collection: KB_ARTICLES,
      data: {
        _status: 'published',
        workflowState: 'published',
        title: 'When is the contract test collected?',
        slug: 'contract-kb-article',
        summary: 'Every week.',
        body: richText({ paragraph: 'Every week, on your day.' }),
        audience: 'public',
        internalNotes: 'Secret note for agents',
        phoneScript: 'Secret phone script',
        reviewBy: new Date(Date.now() + 86_400_000 * 100).toISOString(),
      },
      overrideAccess: true,
      context: { seed: true },
    })
    article = doc.id
  })

  describe.each(ACTORS)('knowledge base records as %s', (actor) => {
    it(`a public article's notes and phone script: ${actor === 'public' ? 'hidden' : 'read'}`, async () => {
      const doc = (await harness().payload.findByID({
        collection: KB_ARTICLES,
        id: article,
        user: who(actor),
        overrideAccess: false,
      })) as { internalNotes?: string; phoneScript?: string; title: string }
      expect(doc.title).toBe('When is the contract test collected?')
      if (actor === 'public') {
        expect(doc.internalNotes).toBeUndefined()
        expect(doc.phoneScript).toBeUndefined()
      } else expect(doc.internalNotes).toBe('Secret note for agents')
    })

    it.each([KB_FEEDBACK, KB_VIEWS, KB_SEARCH_MISSES] as const)(
      '%s: staff read; nobody writes through the API',
      async (slug) => {
        const { payload } = harness()
        expect(
          await attempt(() =>
            payload.find({ collection: slug, user: who(actor), overrideAccess: false }),
          ),
        ).toBe(actor === 'public' ? 403 : 'ok')
        const create = await attempt(() =>
          payload.create({
            collection: slug,
            data: {
              article: Number(article),
              helpful: true,
              language: 'en',
              key: `k-${actor}`,
              day: '2026-12-02',
              views: 1,
              query: 'forged',
              source: 'site',
            } as never,
            user: who(actor),
            overrideAccess: false,
          }),
        )
        expect(create).toBe(403)
      },
    )

    it(`synonyms: ${actor === 'public' ? 'closed' : 'staff read'}; ${EDITORS.join(', ')} change`, async () => {
      const { payload } = harness()
      expect(
        await attempt(() =>
          payload.findGlobal({ slug: KB_SETTINGS, user: who(actor), overrideAccess: false }),
        ),
      ).toBe(actor === 'public' ? 403 : 'ok')
      expect(
        await attempt(() =>
          payload.updateGlobal({
            slug: KB_SETTINGS,
            data: { synonymsEn: 'garbage, trash' },
            user: who(actor),
            overrideAccess: false,
          }),
        ),
      ).toBe(EDITORS.includes(actor) ? 'ok' : 403)
    })
  })
}
