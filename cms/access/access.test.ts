import { describe, expect, it } from 'vitest'

import { CONTENT_SLUGS } from '../core/slugs'
import {
  mayReadVersions,
  mayRemove,
  mayWrite,
  mayWriteData,
  publicContentFilter,
  staffOrPublic,
} from './content'
import { anyStaff, mediaManagers, staffOrPublicMedia } from './media'
import { hasAnyRole, isRole, isStaff, ROLES, rolesOf } from './core/roles'
import { adminButNotSelf, adminOnly, adminOrSelf, staffOnly, staffReadUsers } from './users'

const as = (...roles: string[]) => ({ id: 7, roles })
const PUBLIC = null

describe('roles', () => {
  it.each([
    ['admin', true],
    ['communications-writer', true],
    ['editor', false],
    [42, false],
    [undefined, false],
  ])('isRole(%s) is %s', (value, expected) => expect(isRole(value)).toBe(expected))

  it('ignores unknown role strings a token might carry', () => {
    expect(rolesOf(as('admin', 'superuser'))).toEqual(['admin'])
    expect(isStaff(as('superuser'))).toBe(false)
    expect(isStaff(PUBLIC)).toBe(false)
    expect(isStaff({ id: 1, roles: null })).toBe(false)
    expect(
      hasAnyRole(as('emergency-officer', 'communications-writer'), ['communications-writer']),
    ).toBe(true)
  })
})

describe('content rules', () => {
  const NOW = new Date('2026-11-27T15:00:00.000Z')
  it('the public filter keeps live items only, public publications only, releases past their embargo', () => {
    expect(publicContentFilter('sponsorship-packages', NOW)).toEqual({
      _status: { equals: 'published' },
    })
    expect(publicContentFilter('emergency-bulletins', NOW)).toEqual({
      _status: { equals: 'published' },
    })
    expect(publicContentFilter('publications', NOW)).toEqual({
      and: [{ _status: { equals: 'published' } }, { audience: { equals: 'public' } }],
    })
    expect(publicContentFilter('media-releases', NOW)).toEqual({
      and: [
        { _status: { equals: 'published' } },
        {
          or: [
            { embargoUntil: { exists: false } },
            { embargoUntil: { less_than_equal: '2026-11-27T15:00:00.000Z' } },
          ],
        },
      ],
    })
  })

  it.each(CONTENT_SLUGS)(
    '%s: staff read everything, the public and role-less accounts the filter',
    (slug) => {
      const clock = () => NOW
      for (const role of ROLES) expect(staffOrPublic(slug, clock)(as(role))).toBe(true)
      expect(staffOrPublic(slug, clock)(PUBLIC)).toEqual(publicContentFilter(slug, NOW))
      expect(staffOrPublic(slug, clock)(as())).toEqual(publicContentFilter(slug, NOW))
    },
  )

  // The same table as tests/contracts/access.contract.ts, here without booting Payload. Who approves
  // and publishes is the workflow's table (cms/workflow/machine.test.ts).
  const table: [string, string, { write: boolean; remove: boolean }][] = [
    ['media-releases', 'admin', { write: true, remove: true }],
    ['media-releases', 'communications-manager', { write: true, remove: true }],
    ['media-releases', 'communications-writer', { write: true, remove: false }],
    ['media-releases', 'emergency-officer', { write: false, remove: false }],
    ['media-releases', 'sponsorship-coordinator', { write: false, remove: false }],
    ['publications', 'admin', { write: true, remove: true }],
    ['publications', 'communications-manager', { write: true, remove: true }],
    ['publications', 'communications-writer', { write: true, remove: false }],
    ['publications', 'emergency-officer', { write: false, remove: false }],
    ['publications', 'sponsorship-coordinator', { write: false, remove: false }],
    ['sponsorship-packages', 'admin', { write: true, remove: true }],
    ['sponsorship-packages', 'communications-manager', { write: true, remove: true }],
    ['sponsorship-packages', 'communications-writer', { write: true, remove: false }],
    ['sponsorship-packages', 'emergency-officer', { write: false, remove: false }],
    ['sponsorship-packages', 'sponsorship-coordinator', { write: true, remove: true }],
    ['emergency-bulletins', 'admin', { write: true, remove: true }],
    ['emergency-bulletins', 'communications-manager', { write: false, remove: false }],
    ['emergency-bulletins', 'communications-writer', { write: false, remove: false }],
    ['emergency-bulletins', 'emergency-officer', { write: true, remove: false }],
    ['emergency-bulletins', 'sponsorship-coordinator', { write: false, remove: false }],
  ]

  it.each(table)('%s as %s', (slug, role, expected) => {
    const actor = as(role)
    const content = slug as (typeof CONTENT_SLUGS)[number]
    expect({ write: mayWrite(content, actor), remove: mayRemove(content, actor) }).toEqual(expected)
    expect(mayWriteData(content, actor, { _status: 'draft' })).toBe(expected.write)
    expect(mayWriteData(content, actor, {})).toBe(expected.write)
    expect(mayWriteData(content, actor, undefined)).toBe(expected.write)
    // Nobody publishes by writing the status, whatever their role: only the workflow does.
    expect(mayWriteData(content, actor, { _status: 'published' })).toBe(false)
  })

  it.each(CONTENT_SLUGS)('%s: the public may do nothing but read', (slug) => {
    expect(mayWrite(slug, PUBLIC)).toBe(false)
    expect(mayRemove(slug, PUBLIC)).toBe(false)
    expect(mayWriteData(slug, PUBLIC, {})).toBe(false)
  })

  it('versions are staff-only', () => {
    expect(mayReadVersions(PUBLIC)).toBe(false)
    expect(mayReadVersions(as())).toBe(false)
    for (const role of ROLES) expect(mayReadVersions(as(role))).toBe(true)
  })
})

describe('user account rules', () => {
  it.each(ROLES)('%s', (role) => {
    const actor = as(role)
    const admin = role === 'admin'
    expect(staffReadUsers(actor)).toBe(true)
    expect(staffOnly(actor)).toBe(true)
    expect(adminOnly(actor)).toBe(admin)
    expect(adminOrSelf(actor)).toEqual(admin ? true : { id: { equals: 7 } })
    expect(adminButNotSelf(actor)).toEqual(admin ? { id: { not_equals: 7 } } : false)
  })

  it('the public and role-less accounts get nothing', () => {
    for (const actor of [PUBLIC, as()]) {
      expect(staffReadUsers(actor)).toBe(false)
      expect(staffOnly(actor)).toBe(false)
      expect(adminOnly(actor)).toBe(false)
      expect(adminOrSelf(actor)).toBe(false)
      expect(adminButNotSelf(actor)).toBe(false)
    }
  })
})

describe('media rules', () => {
  it.each(ROLES)('%s uploads and reads everything; deletes if admin or manager', (role) => {
    expect(anyStaff(as(role))).toBe(true)
    expect(staffOrPublicMedia(as(role))).toBe(true)
    expect(mediaManagers(as(role))).toBe(role === 'admin' || role === 'communications-manager')
  })

  it('the public reads public files only and uploads nothing', () => {
    expect(staffOrPublicMedia(PUBLIC)).toEqual({ audience: { equals: 'public' } })
    expect(anyStaff(PUBLIC)).toBe(false)
    expect(mediaManagers(PUBLIC)).toBe(false)
  })
})
