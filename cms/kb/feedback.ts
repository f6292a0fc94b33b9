import type { Payload } from 'payload'

import { escapeHtml } from '../../site/lib/html'
import { itemPath, strings, type Language } from '../../site/lib/i18n'
import { publicContentFilter } from '../access'
import { localDate } from '../core/businessDays'
import { KB_ARTICLES, KB_FEEDBACK, KB_VIEWS } from '../core/slugs'
import { htmlPage } from '../http'
import { currentSettings } from '../settings'

/**
 * What residents tell the knowledge base: "was this helpful?" (yes or no, an optional comment) and
 * that an answer was read (a count a day). Only for answers the public may read; nothing about the
 * person is kept.
 */

/** The answer as the public sees it, or null (unpublished, internal or no such id). */
export const publicAnswer = async (payload: Payload, id: unknown) => {
  if (typeof id !== 'string' && typeof id !== 'number') return null
  if (!/^\d+$|^[0-9a-f]{24}$/.test(String(id))) return null
  const { docs } = await payload.find({
    collection: KB_ARTICLES,
    where: { and: [{ id: { equals: id } }, publicContentFilter(KB_ARTICLES)] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { slug: true, slugFr: true, title: true },
  })
  return (
    (docs[0] as { id: number | string; slug: string; slugFr?: string | null } | undefined) ?? null
  )
}

export type FeedbackInput = { helpful: unknown; comment: unknown; language: unknown }

export const readFeedback = (input: FeedbackInput) => {
  const helpful =
    input.helpful === 'yes' || input.helpful === true
      ? true
      : input.helpful === 'no' || input.helpful === false
        ? false
        : null
  const comment = typeof input.comment === 'string' ? input.comment.trim().slice(0, 1000) : ''
  const language: Language = input.language === 'fr' ? 'fr' : 'en'
  return { helpful, comment, language }
}

export const storeFeedback = (
  payload: Payload,
  article: number | string,
  feedback: { helpful: boolean; comment: string; language: Language },
) =>
  payload.create({
    collection: KB_FEEDBACK,
    data: {
      article: article as number,
      helpful: feedback.helpful,
      comment: feedback.comment || null,
      language: feedback.language,
    },
    overrideAccess: true,
    depth: 0,
  })

/** One more reading of an answer today, in a language (a row per article, day and language). */
export const countView = async (payload: Payload, article: number | string, language: Language) => {
  const day = localDate(new Date())
  const key = `${article}:${day}:${language}`
  const { docs } = await payload.find({
    collection: KB_VIEWS,
    where: { key: { equals: key } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const row = docs[0] as { id: number | string; views: number } | undefined
  if (row) {
    await payload.update({
      collection: KB_VIEWS,
      id: row.id,
      data: { views: row.views + 1 },
      overrideAccess: true,
      depth: 0,
    })
    return
  }
  await payload
    .create({
      collection: KB_VIEWS,
      data: { key, article: article as number, day, language, views: 1 },
      overrideAccess: true,
      depth: 0,
    })
    // Two first readings at once: the other one made the row; this reading is the one not counted.
    .catch(() => undefined)
}

export const feedbackPage = (
  language: Language,
  answer: { slug: string; slugFr?: string | null },
  status = 201,
  message?: string,
) => {
  const t = strings(language).answers
  const back = `${currentSettings().siteUrl}${itemPath('answers', answer, language)}`
  return htmlPage({
    title: t.feedbackThanksTitle,
    body: `<p>${escapeHtml(message ?? t.feedbackThanks)}</p><p><a href="${escapeHtml(back)}">${escapeHtml(t.backToAnswer)}</a></p>`,
    language,
    status,
    siteUrl: currentSettings().siteUrl,
  })
}
