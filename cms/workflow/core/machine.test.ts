import { describe, expect, it } from 'vitest'

import { CONTENT_SLUGS, type ContentSlug } from '../../core/slugs'
import type { Role } from '../../access/core/roles'
import { WORKFLOW_ACTIONS, type WorkflowAction } from './actions'
import { availableActions, decide, type ItemFacts } from './machine'
import { WORKFLOW_STATES, type WorkflowState } from './states'

/**
 * The workflow as the README's "The approval workflow" states it, written out independently of actions.ts: who may take
 * each action on each content type, and from which state. The generated test below checks every
 * (content type, working state, live state, action, role, relation to the item) against it.
 */
const MANAGERS: Role[] = ['admin', 'communications-manager']
const APPROVERS: Record<ContentSlug, Role[]> = {
  publications: MANAGERS,
  'media-releases': MANAGERS,
  'sponsorship-packages': MANAGERS,
  'emergency-bulletins': ['admin', 'emergency-officer'],
  'kb-articles': MANAGERS,
}
const WRITERS: Record<ContentSlug, Role[]> = {
  publications: [...MANAGERS, 'communications-writer'],
  'media-releases': [...MANAGERS, 'communications-writer'],
  'sponsorship-packages': [...MANAGERS, 'communications-writer', 'sponsorship-coordinator'],
  'emergency-bulletins': ['admin', 'emergency-officer'],
  'kb-articles': [...MANAGERS, 'communications-writer', 'desk-agent'],
}
type Spec = {
  roles: (c: ContentSlug) => Role[]
  from: WorkflowState[]
  on: 'working' | 'live'
  to: WorkflowState
  secondPerson?: 'editors' | 'urgent'
  bulletinsOnly?: true
}
const SPEC: Record<WorkflowAction, Spec> = {
  submit: {
    roles: (c) => WRITERS[c],
    from: ['draft', 'changes_requested'],
    on: 'working',
    to: 'in_review',
  },
  approve: {
    roles: (c) => APPROVERS[c],
    from: ['in_review'],
    on: 'working',
    to: 'approved',
    secondPerson: 'editors',
  },
  'request-changes': {
    roles: (c) => APPROVERS[c],
    from: ['in_review'],
    on: 'working',
    to: 'changes_requested',
    secondPerson: 'editors',
  },
  publish: {
    roles: (c) => APPROVERS[c],
    from: ['approved', 'scheduled'],
    on: 'working',
    to: 'published',
  },
  schedule: {
    roles: (c) => APPROVERS[c],
    from: ['approved', 'scheduled'],
    on: 'working',
    to: 'scheduled',
  },
  'urgent-publish': {
    roles: () => ['admin', 'emergency-officer'],
    from: ['draft', 'in_review', 'changes_requested', 'approved', 'scheduled'],
    on: 'working',
    to: 'published_needs_review',
    bulletinsOnly: true,
  },
  'confirm-review': {
    roles: (c) => APPROVERS[c],
    from: ['published_needs_review'],
    on: 'live',
    to: 'published',
    secondPerson: 'urgent',
    bulletinsOnly: true,
  },
  withdraw: {
    roles: (c) => APPROVERS[c],
    from: ['published', 'published_needs_review'],
    on: 'live',
    to: 'withdrawn',
  },
  archive: {
    roles: (c) => APPROVERS[c],
    from: ['published', 'published_needs_review', 'withdrawn'],
    on: 'live',
    to: 'archived',
  },
}

const ROLES: (Role | 'public')[] = [
  'public',
  'admin',
  'communications-manager',
  'communications-writer',
  'emergency-officer',
  'sponsorship-coordinator',
]
const RELATIONS = ['author', 'last-editor', 'urgent-publisher', 'other'] as const
const LIVE: (WorkflowState | null)[] = [null, 'published', 'published_needs_review', 'withdrawn']
const ME = 42
const NOW = new Date('2026-11-27T12:00:00Z')
const INPUT = { comment: 'A reason.', publishAt: '2026-11-28T09:00:00-05:00' }

const expected = (
  c: ContentSlug,
  working: WorkflowState,
  live: WorkflowState | null,
  action: WorkflowAction,
  role: Role | 'public',
  relation: (typeof RELATIONS)[number],
) => {
  const spec = SPEC[action]
  if (role === 'public') return 401
  if (spec.bulletinsOnly && c !== 'emergency-bulletins') return 409
  if (!spec.roles(c).includes(role)) return 403
  const from = spec.on === 'live' ? live : working
  if (from === null || !spec.from.includes(from)) return 409
  if (spec.secondPerson === 'editors' && (relation === 'author' || relation === 'last-editor'))
    return 403
  if (spec.secondPerson === 'urgent' && relation === 'urgent-publisher') return 403
  return 'ok'
}

describe('decide: every content type × state × action × role × relation', () => {
  it.each(CONTENT_SLUGS.flatMap((c) => WORKFLOW_ACTIONS.map((a) => [c, a] as const)))(
    '%s / %s',
    (collection, action) => {
      const mismatches: string[] = []
      let allowed = 0
      for (const working of WORKFLOW_STATES)
        for (const live of LIVE)
          for (const role of ROLES)
            for (const relation of RELATIONS) {
              const item: ItemFacts = {
                collection,
                working,
                live,
                authorId: relation === 'author' ? ME : 1,
                lastEditorId: relation === 'last-editor' ? ME : 2,
                urgentPublisherId: relation === 'urgent-publisher' ? ME : 3,
              }
              const actor = role === 'public' ? null : { id: ME, roles: [role] }
              const decision = decide(item, actor, { action, ...INPUT }, NOW)
              const got = decision.ok ? 'ok' : decision.status
              const want = expected(collection, working, live, action, role, relation)
              if (got !== want)
                mismatches.push(
                  `${working}/${live ?? '-'} as ${role} (${relation}): got ${got}, want ${want}`,
                )
              if (decision.ok) {
                allowed += 1
                expect(decision.to).toBe(SPEC[action].to)
                expect(decision.from).toBe(SPEC[action].on === 'live' ? live : working)
              }
              const option = availableActions(item, actor).find((o) => o.action === action)
              if (SPEC[action].bulletinsOnly && collection !== 'emergency-bulletins')
                expect(option).toBeUndefined()
              else expect(option?.allowed).toBe(want === 'ok')
            }
      expect(mismatches).toEqual([])
      expect(allowed > 0).toBe(!SPEC[action].bulletinsOnly || collection === 'emergency-bulletins')
    },
  )
})

describe('decide: inputs', () => {
  const manager = { id: 7, roles: ['communications-manager'] }
  const officer = { id: 8, roles: ['emergency-officer'] }
  const item = (
    working: WorkflowState,
    live: WorkflowState | null = null,
    collection: ContentSlug = 'media-releases',
  ): ItemFacts => ({ collection, working, live, authorId: 1, lastEditorId: 1 })

  it('an unknown action is a 400 naming the field', () => {
    expect(decide(item('draft'), manager, { action: 'delete-everything' }, NOW)).toMatchObject({
      ok: false,
      status: 400,
      field: 'action',
    })
    expect(decide(item('draft'), manager, {}, NOW)).toMatchObject({
      ok: false,
      status: 400,
      field: 'action',
    })
  })

  it.each([
    ['request-changes', item('in_review'), manager],
    ['withdraw', item('published', 'published'), manager],
    ['urgent-publish', item('draft', null, 'emergency-bulletins'), officer],
  ] as const)('%s needs a comment', (action, facts, actor) => {
    for (const comment of [undefined, '', '   ', 42]) {
      expect(decide(facts, actor, { action, comment }, NOW)).toMatchObject({
        ok: false,
        status: 400,
        field: 'comment',
      })
    }
    expect(decide(facts, actor, { action, comment: '  Figures were wrong.  ' }, NOW)).toMatchObject(
      { ok: true, comment: 'Figures were wrong.' },
    )
  })

  it('schedule needs a valid time in the future', () => {
    const approved = item('approved')
    for (const publishAt of [
      undefined,
      '',
      'tomorrow',
      '2026-11-27T11:59:59Z',
      '2026-11-27T12:00:00Z',
    ]) {
      expect(decide(approved, manager, { action: 'schedule', publishAt }, NOW)).toMatchObject({
        ok: false,
        status: 400,
        field: 'publishAt',
      })
    }
    const ok = decide(
      approved,
      manager,
      { action: 'schedule', publishAt: '2026-11-27T12:00:01Z' },
      NOW,
    )
    expect(ok).toMatchObject({ ok: true, to: 'scheduled' })
    if (ok.ok) expect(ok.publishAt?.toISOString()).toBe('2026-11-27T12:00:01.000Z')
  })

  it('an optional comment is kept, trimmed; no comment is null', () => {
    expect(
      decide(item('in_review'), manager, { action: 'approve', comment: ' Looks good. ' }, NOW),
    ).toMatchObject({ comment: 'Looks good.' })
    expect(decide(item('in_review'), manager, { action: 'approve' }, NOW)).toMatchObject({
      comment: null,
    })
  })
})

describe('refusals say why', () => {
  const writer = { id: 5, roles: ['communications-writer'] }
  it.each([
    [
      { collection: 'media-releases', working: 'draft', live: null },
      writer,
      'approve',
      /Only an approver can approve it/,
    ],
    [
      { collection: 'media-releases', working: 'published', live: 'published' },
      writer,
      'submit',
      /This item is published; you can submit it for review only when it is a draft or waiting for changes/,
    ],
    [
      { collection: 'media-releases', working: 'in_review', live: null, authorId: 9 },
      { id: 9, roles: ['communications-manager'] },
      'approve',
      /second person/,
    ],
    [
      { collection: 'publications', working: 'draft', live: null },
      { id: 1, roles: ['admin'] },
      'urgent-publish',
      /Only emergency bulletins/,
    ],
    [
      { collection: 'emergency-bulletins', working: 'draft', live: null },
      writer,
      'urgent-publish',
      /Only an emergency officer/,
    ],
    [
      { collection: 'media-releases', working: 'draft', live: null },
      { id: 1, roles: ['admin'] },
      'withdraw',
      /Nothing is published yet/,
    ],
  ] as const)('%j as %j: %s', (facts, actor, action, reason) => {
    const decision = decide(facts as ItemFacts, actor, { action, comment: 'x' }, NOW)
    expect(decision.ok).toBe(false)
    if (!decision.ok) expect(decision.reason).toMatch(reason)
  })
})
