import type { Payload } from 'payload'

import { type ContentSlug, SUBSCRIBERS } from '../../cms/core/slugs'
import { validContent } from './fixtures'

/** `count` confirmed subscribers `{prefix}{i}@example.com`, written straight to the database. */
export const addConfirmedSubscribers = async (
  payload: Payload,
  count: number,
  prefix: string,
  topics: ('news' | 'emergency' | 'publications' | 'sponsorship')[],
) => {
  for (let i = 0; i < count; i += 1) {
    await payload.db.create({
      collection: SUBSCRIBERS,
      data: {
        email: `${prefix}${i}@example.com`,
        status: 'confirmed',
        topics,
        language: 'en',
        tokenVersion: 1,
        bounceCount: 0,
      },
    })
  }
}

/** A live item made without the workflow (as the seed does), for tests about what follows publishing. */
export const publishedDirectly = (payload: Payload, collection: ContentSlug, title: string) =>
  payload.create({
    collection,
    data: {
      ...validContent(collection, title),
      _status: 'published',
      workflowState: 'published',
      publishedAt: new Date().toISOString(),
    } as never, // validContent builds any content type's fields; Payload checks them on create
    overrideAccess: true,
    context: { seed: true },
  })
