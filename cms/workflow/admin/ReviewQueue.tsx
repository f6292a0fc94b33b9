import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser, Where } from 'payload'

import { CONTENT_SLUGS, type ContentSlug } from '../../core/slugs'
import { CONTENT_RIGHTS } from '../../access/core/matrix'
import { hasAnyRole } from '../../access/core/roles'
import { relationId } from '../../core/relationId'
import { adminStrings } from '../../i18n'

type Item = { id: number | string; title: string; collection: ContentSlug; updatedAt: string }

const idOf = relationId

const find = async (payload: Payload, collection: ContentSlug, where: Where) => {
  const { docs } = await payload.find({
    collection,
    draft: true,
    where: where,
    depth: 0,
    limit: 50,
    sort: '-updatedAt',
    overrideAccess: true,
  })
  return docs.map((doc) => ({ ...doc, collection }))
}

const List = ({
  title,
  items,
  empty,
  adminRoute,
  labels,
}: {
  title: string
  items: Item[]
  empty: string
  adminRoute: string
  labels: Record<ContentSlug, string>
}) => (
  <section className="review-queue__list">
    <h2>{title}</h2>
    {items.length === 0 ? (
      <p>{empty}</p>
    ) : (
      <ul>
        {items.map((item) => (
          <li key={`${item.collection}-${item.id}`}>
            <a href={`${adminRoute}/collections/${item.collection}/${item.id}`}>{item.title}</a>{' '}
            <span>({labels[item.collection]})</span>
          </li>
        ))}
      </ul>
    )}
  </section>
)

/**
 * On the admin dashboard: "Waiting for my review" for approvers (items in review they did not write
 * or last edit, and urgent bulletins awaiting a second look) and "Changes requested" for the
 * author.
 */
export const ReviewQueue = async ({
  payload,
  user,
  i18n,
}: {
  payload: Payload
  user?: TypedUser | null
  i18n?: I18nClient
}) => {
  if (!user) return null
  const t = adminStrings(i18n?.language)
  const me = String(user.id)
  const mayApprove = (collection: ContentSlug) =>
    hasAnyRole(user, CONTENT_RIGHTS[collection].publish)
  const toReview: Item[] = []
  const changes: Item[] = []
  for (const collection of CONTENT_SLUGS) {
    if (mayApprove(collection)) {
      const inReview = await find(payload, collection, { workflowState: { equals: 'in_review' } })
      toReview.push(
        ...inReview.filter(
          (item) => String(idOf(item.author)) !== me && String(idOf(item.lastEditedBy)) !== me,
        ),
      )
      const urgent = await find(payload, collection, {
        workflowState: { equals: 'published_needs_review' },
      })
      toReview.push(...urgent.filter((item) => String(idOf(item.urgentPublishedBy)) !== me))
    }
    changes.push(
      ...(await find(payload, collection, {
        and: [{ workflowState: { equals: 'changes_requested' } }, { author: { equals: user.id } }],
      })),
    )
  }
  const adminRoute = payload.config.routes.admin
  return (
    <div className="review-queue">
      {CONTENT_SLUGS.some(mayApprove) ? (
        <List
          title={t.reviewQueue.waiting}
          items={toReview}
          empty={t.reviewQueue.nothingWaiting}
          adminRoute={adminRoute}
          labels={t.items}
        />
      ) : null}
      <List
        title={t.reviewQueue.changes}
        items={changes}
        empty={t.reviewQueue.noChanges}
        adminRoute={adminRoute}
        labels={t.items}
      />
    </div>
  )
}
