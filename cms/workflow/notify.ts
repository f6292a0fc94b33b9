import type { DataFromCollectionSlug, Payload } from 'payload'
import { PRIORITY_HEADER } from '../email'

import { type ContentSlug, USERS } from '../core/slugs'
import { CONTENT_RIGHTS } from '../access/core/matrix'
import { workflowEmails } from '../core/text/messages'
import type { Actor } from '../access/core/roles'
import type { Transition } from './core/transition'
import { relationId } from '../core/relationId'

type Doc = DataFromCollectionSlug<ContentSlug>
type Person = { id: number | string; email: string; firstName?: string }

const idOf = relationId

/**
 * Who hears about a transition: approvers when there is something to review, the author otherwise.
 */
const recipientsFor = (action: Transition['action']): ('approvers' | 'author')[] => {
  switch (action) {
    case 'submit':
      return ['approvers']
    case 'urgent-publish':
      return ['approvers', 'author']
    case 'approve':
    case 'request-changes':
    case 'publish':
    case 'withdraw':
      return ['author']
    default:
      return []
  }
}

const approvers = async (payload: Payload, collection: ContentSlug): Promise<Person[]> => {
  const { docs } = await payload.find({
    collection: USERS,
    where: { roles: { in: [...CONTENT_RIGHTS[collection].publish] } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs
}

/**
 * Emails the people a transition concerns (never the person who acted). A mail failure is logged
 * and does not undo the transition: the audit and the admin lists still show the item.
 */
export const notifyTransition = async (
  payload: Payload,
  event: { collection: ContentSlug; doc: Doc; transition: Transition; actor: Actor },
): Promise<number> => {
  const { collection, doc, transition, actor } = event
  try {
    const wanted = recipientsFor(transition.action)
    const people: Person[] = []
    if (wanted.includes('approvers')) people.push(...(await approvers(payload, collection)))
    if (wanted.includes('author') && doc.author) {
      const author = await payload.findByID({
        collection: USERS,
        id: idOf(doc.author) as number,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
      })
      if (author) people.push(author)
    }
    const unique = [
      ...new Map(
        people.filter((p) => String(p.id) !== String(actor?.id)).map((p) => [String(p.id), p]),
      ).values(),
    ]
    const link = `${payload.config.serverURL}/admin/collections/${collection}/${doc.id}`
    for (const person of unique) {
      const message = workflowEmails(transition.action, {
        title: String(doc.title ?? ''),
        link,
        comment: transition.comment,
        actorName: actor?.firstName ?? 'The system',
        recipientName: person.firstName ?? '',
      })
      // Queued by the outbox adapter (never waits on SMTP); an urgent publish's notice goes first.
      const urgent =
        transition.action === 'urgent-publish'
          ? { headers: { [PRIORITY_HEADER]: 'emergency' } }
          : {}
      await payload.sendEmail({
        to: person.email,
        subject: message.subject,
        text: message.text,
        ...urgent,
      })
    }
    return unique.length
  } catch (error) {
    payload.logger.error({
      err: error,
      msg: `Workflow email for ${collection} ${doc.id} failed; the transition stands.`,
    })
    return 0
  }
}
