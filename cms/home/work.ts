import type { Payload, Where } from 'payload'

import { departmentOf, isDeskStaff } from '../access'
import { type Actor, hasAnyRole } from '../access/core/roles'
import { todayBounds } from '../core/businessDays'
import {
  CORRESPONDENCE,
  DEPARTMENTS,
  EMERGENCY_BULLETINS,
  SERVICE_REQUESTS,
  SPONSOR_INQUIRIES,
  CONTENT_SLUGS,
} from '../core/slugs'
import { adminStrings, homeAdminStrings } from '../i18n'

/**
 * "Your work": what the signed-in person must do, by what they do (agent, department manager,
 * writer, approver, emergency officer, sponsorship coordinator), each a count that opens the list
 * it counts. The first panel of the dashboard; everything else follows it.
 */

export type Task = { label: string; count: number; href: string; items?: TaskItem[] }
export type TaskItem = { label: string; href: string }
export type TaskGroup = { role: string; tasks: Task[] }

const RUNNING = ['new', 'assigned']
const OPEN = ['new', 'assigned', 'waiting-on-customer', 'answered']

/** An admin list filtered as the count was: Payload reads `where` from the query string. */
const listHref = (admin: string, slug: string, where: Where) => {
  const params: string[] = []
  const walk = (value: unknown, key: string) => {
    if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, `${key}[${k}]`)
    else params.push(`${encodeURI(key)}=${encodeURIComponent(String(value))}`)
  }
  walk(where, 'where')
  return `${admin}/collections/${slug}?${params.join('&')}`
}

const counter =
  (payload: Payload, admin: string) =>
  async (
    slug: string,
    where: Where,
    label: (n: number) => string,
    list = 0,
  ): Promise<Task | null> => {
    const { totalDocs } = await payload.count({
      collection: slug as typeof CORRESPONDENCE,
      where,
      overrideAccess: true,
    })
    if (!totalDocs) return null
    const items = list
      ? (
          await payload.find({
            collection: slug as typeof CORRESPONDENCE,
            where,
            limit: list,
            sort: 'responseDueAt',
            depth: 0,
            overrideAccess: true,
          })
        ).docs.map((d) => ({
          label: [d.reference, d.subject].filter(Boolean).join(': '),
          href: `${admin}/collections/${slug}/${d.id}`,
        }))
      : undefined
    return { label: label(totalDocs), count: totalDocs, href: listHref(admin, slug, where), items }
  }

const present = (tasks: (Task | null)[]) => tasks.filter((t): t is Task => t !== null)

export const yourWork = async (
  payload: Payload,
  user: (Actor & { department?: number | string | { id: number | string } | null }) | null,
  language: string | undefined,
  now = new Date(),
): Promise<TaskGroup[]> => {
  if (!user) return []
  const t = homeAdminStrings(language)
  const kinds = adminStrings(language).items
  const admin = payload.config.routes.admin
  const count = counter(payload, admin)
  const me = user.id
  const nowIso = now.toISOString()
  const { end } = todayBounds(now)
  const groups: TaskGroup[] = []
  const department = departmentOf(user)

  if (hasAnyRole(user, ['desk-agent']) || isDeskStaff(user)) {
    const mine: Where = { assignee: { equals: me }, state: { in: RUNNING } }
    groups.push({
      role: 'agent',
      tasks: present([
        await count(
          CORRESPONDENCE,
          {
            and: [
              mine,
              { responseDueAt: { greater_than_equal: nowIso } },
              { responseDueAt: { less_than_equal: end.toISOString() } },
            ],
          },
          t.casesDueToday,
          5,
        ),
        await count(
          CORRESPONDENCE,
          { and: [mine, { responseDueAt: { less_than: nowIso } }] },
          t.casesOverdue,
          5,
        ),
        department !== null
          ? await count(
              CORRESPONDENCE,
              {
                and: [
                  { department: { equals: department } },
                  { assignee: { exists: false } },
                  { state: { in: OPEN } },
                ],
              },
              t.unassigned,
            )
          : null,
        await count(
          SERVICE_REQUESTS,
          { and: [{ assignee: { equals: me } }, { status: { equals: 'open' } }] },
          t.requestsMine,
        ),
        await count(
          SERVICE_REQUESTS,
          {
            and: [
              { assignee: { equals: me } },
              { status: { equals: 'open' } },
              { expectedAt: { less_than: nowIso } },
            ],
          },
          t.requestsOverdue,
        ),
      ]),
    })
  }

  const { docs: managed } = await payload.find({
    collection: DEPARTMENTS,
    where: { manager: { equals: me } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  if (managed.length) {
    const theirs: Where = { department: { in: managed.map((d) => d.id) } }
    groups.push({
      role: 'manager',
      tasks: present([
        await count(
          CORRESPONDENCE,
          { and: [theirs, { state: { in: RUNNING } }, { responseDueAt: { less_than: nowIso } }] },
          t.departmentOverdue,
          5,
        ),
        await count(
          CORRESPONDENCE,
          { and: [theirs, { state: { in: OPEN } }, { resolutionDueAt: { less_than: nowIso } }] },
          t.departmentUnresolved,
        ),
      ]),
    })
  }

  if (hasAnyRole(user, ['communications-writer', 'communications-manager', 'admin'])) {
    const drafts: Task[] = []
    for (const slug of CONTENT_SLUGS) {
      const task = await count(
        slug,
        {
          and: [
            { author: { equals: me } },
            { workflowState: { in: ['draft', 'changes_requested'] } },
          ],
        },
        t.drafts,
      )
      if (task) drafts.push({ ...task, label: `${task.label}: ${kinds[slug]}` })
    }
    groups.push({ role: 'writer', tasks: drafts })
  }

  if (hasAnyRole(user, ['emergency-officer'])) {
    groups.push({
      role: 'emergency',
      tasks: present([
        await count(
          EMERGENCY_BULLETINS,
          {
            and: [
              { workflowState: { in: ['published', 'published_needs_review'] } },
              { or: [{ expires: { exists: false } }, { expires: { greater_than: nowIso } }] },
            ],
          },
          t.alertsInForce,
        ),
        await count(
          EMERGENCY_BULLETINS,
          { workflowState: { in: ['draft', 'in_review', 'approved', 'changes_requested'] } },
          t.alertsDraft,
        ),
      ]),
    })
  }

  if (hasAnyRole(user, ['sponsorship-coordinator'])) {
    groups.push({
      role: 'sponsorship',
      tasks: present([
        await count(SPONSOR_INQUIRIES, { state: { equals: 'new' } }, t.inquiriesNew),
        await count(
          CORRESPONDENCE,
          { and: [{ kind: { equals: 'sponsorship' } }, { state: { in: RUNNING } }] },
          t.sponsorCases,
        ),
      ]),
    })
  }
  return groups.filter((g) => g.tasks.length > 0)
}
