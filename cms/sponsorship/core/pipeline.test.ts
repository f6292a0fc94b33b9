import { describe, expect, it } from 'vitest'

import {
  availablePipelineActions,
  decidePipeline,
  PIPELINE_ACTIONS,
  PIPELINE_STATES,
  type PipelineAction,
  type PipelineInquiry,
  type PipelineState,
} from './pipeline'
import { type PolicyScreening } from './screening'

const clean: PolicyScreening = {
  sector: 'Banking',
  value: 10_000,
  excluded: false,
  needsApproval: false,
  reasons: [],
}
const flagged: PolicyScreening = {
  sector: 'Cannabis',
  value: 10_000,
  excluded: true,
  needsApproval: true,
  reasons: ['The Cannabis sector is on the exclusion list.'],
}
const at = (
  state: PipelineState,
  screening: PolicyScreening | null = clean,
  approval: PipelineInquiry['approval'] = null,
): PipelineInquiry => ({ state, screening, approval })
const coordinator = ['sponsorship-coordinator']
const manager = ['communications-manager']
const args = { reason: 'a reason', sector: 'Banking' }

/** The expected table, written independently of PIPELINE_RULES: action -> (from -> to). */
const EXPECTED: Record<PipelineAction, Partial<Record<PipelineState, PipelineState>>> = {
  contact: { new: 'contacted' },
  propose: { contacted: 'proposal' },
  screen: { new: 'new', contacted: 'contacted', proposal: 'proposal' },
  approve: {},
  agree: { proposal: 'agreement' },
  activate: { agreement: 'active' },
  fulfil: { active: 'fulfilled' },
  decline: { new: 'declined', contacted: 'declined', proposal: 'declined', agreement: 'declined' },
}

describe('every state x action for a coordinator (screened, no approval needed)', () => {
  for (const action of PIPELINE_ACTIONS) {
    for (const state of PIPELINE_STATES) {
      const expected = EXPECTED[action][state]
      it(`${action} from ${state}: ${expected ?? 'refused'}`, () => {
        const decision = decidePipeline({ action, inquiry: at(state), roles: coordinator, ...args })
        if (action === 'approve') {
          expect(decision).toMatchObject({ ok: false, status: 403 })
        } else if (expected) {
          expect(decision).toEqual({ ok: true, to: expected, changesState: action !== 'screen' })
        } else {
          expect(decision).toMatchObject({ ok: false, status: 409 })
        }
      })
    }
  }
})

describe('roles', () => {
  it.each([['communications-writer'], ['emergency-officer'], ['']])(
    '%s cannot move an inquiry',
    (role) => {
      expect(
        decidePipeline({ action: 'contact', inquiry: at('new'), roles: [role] }),
      ).toMatchObject({ ok: false, status: 403 })
    },
  )
  it('managers and admins can do what coordinators do', () => {
    expect(decidePipeline({ action: 'contact', inquiry: at('new'), roles: manager })).toMatchObject(
      { ok: true },
    )
    expect(
      decidePipeline({ action: 'contact', inquiry: at('new'), roles: ['admin'] }),
    ).toMatchObject({ ok: true })
  })
  it('only a communications manager (or admin) approves', () => {
    const inquiry = at('proposal', flagged)
    expect(
      decidePipeline({ action: 'approve', inquiry, roles: coordinator, reason: 'ok' }),
    ).toMatchObject({
      ok: false,
      status: 403,
      message: expect.stringMatching(/communications manager/),
    })
    expect(decidePipeline({ action: 'approve', inquiry, roles: manager, reason: 'ok' })).toEqual({
      ok: true,
      to: 'proposal',
      changesState: false,
    })
    expect(
      decidePipeline({ action: 'approve', inquiry, roles: ['admin'], reason: 'ok' }),
    ).toMatchObject({ ok: true })
  })
})

describe('guards', () => {
  it('an agreement needs a screening first', () => {
    expect(
      decidePipeline({ action: 'agree', inquiry: at('proposal', null), roles: coordinator }),
    ).toMatchObject({ ok: false, status: 422, field: 'sector' })
  })
  it('a flagged sponsor cannot reach agreement until approved, and the refusal gives the reasons', () => {
    const decision = decidePipeline({
      action: 'agree',
      inquiry: at('proposal', flagged),
      roles: coordinator,
    })
    expect(decision).toMatchObject({ ok: false, status: 422 })
    expect(decision.ok || decision.message).toMatch(
      /communications manager must approve.*exclusion list/,
    )
    expect(
      decidePipeline({
        action: 'agree',
        inquiry: at('proposal', flagged, { sector: 'Cannabis', value: 10_000 }),
        roles: coordinator,
      }),
    ).toMatchObject({ ok: true, to: 'agreement' })
  })
  it('an approval for another sector or a lower value does not count', () => {
    expect(
      decidePipeline({
        action: 'agree',
        inquiry: at('proposal', flagged, { sector: 'Banking', value: 10_000 }),
        roles: coordinator,
      }),
    ).toMatchObject({ ok: false })
    expect(
      decidePipeline({
        action: 'agree',
        inquiry: at('proposal', flagged, { sector: 'Cannabis', value: 5_000 }),
        roles: coordinator,
      }),
    ).toMatchObject({ ok: false })
  })
  it('screening needs a sector; declining and approving need a reason', () => {
    expect(
      decidePipeline({
        action: 'screen',
        inquiry: at('new', null),
        roles: coordinator,
        sector: ' ',
      }),
    ).toMatchObject({ ok: false, status: 400, field: 'sector' })
    expect(
      decidePipeline({ action: 'decline', inquiry: at('new'), roles: coordinator }),
    ).toMatchObject({ ok: false, status: 400, field: 'comment' })
    expect(
      decidePipeline({ action: 'approve', inquiry: at('proposal', flagged), roles: manager }),
    ).toMatchObject({ ok: false, status: 400, field: 'comment' })
  })
  it('approval needs a screening that asks for it', () => {
    expect(
      decidePipeline({
        action: 'approve',
        inquiry: at('proposal', null),
        roles: manager,
        reason: 'x',
      }),
    ).toMatchObject({
      ok: false,
      status: 409,
      message: expect.stringMatching(/Screen the sponsor first/),
    })
    expect(
      decidePipeline({
        action: 'approve',
        inquiry: at('proposal', clean),
        roles: manager,
        reason: 'x',
      }),
    ).toMatchObject({
      ok: false,
      status: 409,
      message: expect.stringMatching(/no approval is needed/),
    })
  })
})

describe('availablePipelineActions', () => {
  it('offers what the state and role allow', () => {
    expect(availablePipelineActions(at('new', null), coordinator)).toEqual([
      'contact',
      'screen',
      'decline',
    ])
    expect(availablePipelineActions(at('proposal', flagged), manager)).toEqual([
      'screen',
      'approve',
      'agree',
      'decline',
    ])
    expect(availablePipelineActions(at('proposal', flagged), coordinator)).toEqual([
      'screen',
      'agree',
      'decline',
    ])
    expect(availablePipelineActions(at('fulfilled'), ['admin'])).toEqual([])
    expect(availablePipelineActions(at('new'), ['communications-writer'])).toEqual([])
  })
})
