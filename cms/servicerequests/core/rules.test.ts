import { describe, expect, it } from 'vitest'

import { attributesFromForm, checkAnswers, type AttributeDefinition } from './attributes'
import { likelyDuplicates } from './duplicates'
import { RuleError } from '../../core/ruleError'
import { checkStatusChange } from './lifecycle'
import { open311Status } from './model'
import { routeRequest } from './routing'

const fails = (run: () => unknown, field: string) => {
  try {
    run()
    expect.unreachable()
  } catch (error) {
    expect(error).toBeInstanceOf(RuleError)
    expect((error as RuleError).field).toBe(field)
    return (error as Error).message
  }
}

describe('status changes', () => {
  it('moves forward, skipping steps when the work is done at once', () => {
    expect(checkStatusChange('new', { state: 'acknowledged' })).toEqual({
      state: 'acknowledged',
      reason: null,
      notes: null,
    })
    expect(
      checkStatusChange('new', { state: 'closed', reason: 'resolved', notes: ' Filled. ' }),
    ).toEqual({
      state: 'closed',
      reason: 'resolved',
      notes: 'Filled.',
    })
  })

  it('refuses going back, closing without a reason, and unknown states', () => {
    expect(fails(() => checkStatusChange('in-progress', { state: 'assigned' }), 'state')).toMatch(
      /forward/,
    )
    expect(fails(() => checkStatusChange('new', { state: 'closed' }), 'reason')).toMatch(
      /resolved, duplicate/,
    )
    fails(() => checkStatusChange('new', { state: 'closed', reason: 'bored' }), 'reason')
    fails(() => checkStatusChange('new', { state: 'done' }), 'state')
    fails(() => checkStatusChange('new', { state: 'assigned', reason: 'resolved' }), 'reason')
    fails(() => checkStatusChange('closed', { state: 'closed', reason: 'resolved' }), 'state')
    fails(() => checkStatusChange('new', { state: 'new' }), 'notes')
    fails(
      () => checkStatusChange('new', { state: 'acknowledged', notes: 'x'.repeat(2001) }),
      'notes',
    )
  })

  it('reopens a closed request to acknowledged only', () => {
    expect(checkStatusChange('closed', { state: 'acknowledged' }).state).toBe('acknowledged')
    fails(() => checkStatusChange('closed', { state: 'in-progress' }), 'state')
  })

  it('lets a note be added without changing state', () => {
    expect(
      checkStatusChange('assigned', { state: 'assigned', notes: 'Crew booked for Monday.' }).notes,
    ).toBe('Crew booked for Monday.')
  })

  it('maps every state but closed to the Open311 status open', () => {
    expect(open311Status('in-progress')).toBe('open')
    expect(open311Status('closed')).toBe('closed')
  })
})

const questions: AttributeDefinition[] = [
  {
    code: 'size',
    datatype: 'singlevaluelist',
    required: true,
    description: 'How big is it?',
    values: [
      { key: 'small', name: 'Small' },
      { key: 'large', name: 'Large' },
    ],
  },
  {
    code: 'lanes',
    datatype: 'multivaluelist',
    required: false,
    description: 'Which lanes?',
    values: [
      { key: 'left', name: 'Left' },
      { key: 'right', name: 'Right' },
    ],
  },
  { code: 'depth', datatype: 'number', required: false, description: 'Depth in cm' },
  { code: 'seen', datatype: 'datetime', required: false, description: 'When did you see it?' },
  { code: 'note', datatype: 'string', required: false, description: 'Landmark' },
  { code: 'crew', datatype: 'text', required: true, description: 'Crew notes', variable: false },
]

describe('attribute answers', () => {
  it('accepts good answers and types them', () => {
    const { answers, problems } = checkAnswers(questions, {
      size: 'large',
      lanes: 'left,right,left',
      depth: '12.5',
      seen: '2026-12-02T09:00:00-05:00',
      note: ' by the school ',
    })
    expect(problems).toEqual([])
    expect(answers).toEqual({
      size: 'large',
      lanes: ['left', 'right'],
      depth: 12.5,
      seen: '2026-12-02T14:00:00.000Z',
      note: 'by the school',
    })
  })

  it('names attribute[code] for each problem, and skips questions staff answer', () => {
    const { problems } = checkAnswers(questions, {
      lanes: ['middle'],
      depth: 'deep',
      seen: 'yesterday-ish',
      colour: 'red',
    })
    expect(problems.map((p) => p.field).sort()).toEqual(
      [
        'attribute[colour]',
        'attribute[depth]',
        'attribute[lanes]',
        'attribute[seen]',
        'attribute[size]',
      ].sort(),
    )
    expect(problems.find((p) => p.field === 'attribute[size]')!.message).toMatch(/required/)
    expect(checkAnswers(questions, { size: 'small,large' }).problems[0]!.message).toMatch(
      /Choose one of small, large/,
    )
  })

  it('reads attribute[code] form fields, lists included', () => {
    expect(
      attributesFromForm({
        'attribute[size]': 'small',
        'attribute[lanes][]': ['left', 'right'],
        email: 'x',
      }),
    ).toEqual({ size: 'small', lanes: ['left', 'right'] })
    expect(attributesFromForm({ attribute: { size: 'large' } })).toEqual({ size: 'large' })
  })
})

describe('routing', () => {
  const rules = [
    { department: 'parks-north', queue: 'north crew', services: ['TREE'], wards: ['3', '4'] },
    {
      department: 'roads-urgent',
      services: ['POTHOLE'],
      answers: [{ code: 'size', values: ['large'] }],
    },
  ]
  it('takes the first rule whose service, ward and answers hold', () => {
    expect(
      routeRequest(rules, {
        serviceCode: 'TREE',
        ward: 3,
        answers: {},
        serviceDepartment: 'parks',
      }),
    ).toEqual({ department: 'parks-north', queue: 'north crew', rule: 0 })
    expect(
      routeRequest(rules, {
        serviceCode: 'POTHOLE',
        ward: 1,
        answers: { size: 'large' },
        serviceDepartment: 'roads',
      }).department,
    ).toBe('roads-urgent')
  })

  it('falls back to the service’s department', () => {
    expect(
      routeRequest(rules, {
        serviceCode: 'TREE',
        ward: 1,
        answers: {},
        serviceDepartment: 'parks',
      }),
    ).toEqual({
      department: 'parks',
      queue: null,
      rule: null,
    })
    expect(
      routeRequest(rules, {
        serviceCode: 'POTHOLE',
        ward: null,
        answers: { size: 'small' },
        serviceDepartment: 'roads',
      }).department,
    ).toBe('roads')
  })
})

describe('duplicates', () => {
  const at = new Date('2026-12-02T15:00:00Z')
  const near = {
    id: 1,
    serviceCode: 'POTHOLE',
    lat: 42.3001,
    long: -83.0,
    requestedAt: '2026-11-30T12:00:00Z',
    state: 'acknowledged',
  }
  const candidates = [
    near,
    { ...near, id: 2, lat: 42.3003 },
    { ...near, id: 3, lat: 42.31 },
    { ...near, id: 4, serviceCode: 'GRAFFITI' },
    { ...near, id: 5, state: 'closed' },
    { ...near, id: 6, requestedAt: '2026-09-01T12:00:00Z' },
  ]
  it('finds open reports of the same service within the radius and days, nearest first', () => {
    const found = likelyDuplicates(
      { lat: 42.3, long: -83.0, serviceCode: 'POTHOLE', at },
      candidates,
      { radiusMetres: 50, days: 30 },
    )
    expect(found.map((f) => f.report.id)).toEqual([1, 2])
    expect(found[0]!.metres).toBe(11)
  })
})

describe('forwarding to an outside agency', () => {
  it('is reached from any open state, not from a closed one', () => {
    for (const state of ['new', 'acknowledged', 'assigned', 'in-progress'] as const)
      expect(checkStatusChange(state, { state: 'forwarded' }).state).toBe('forwarded')
    expect(fails(() => checkStatusChange('closed', { state: 'forwarded' }), 'state')).toMatch(
      /reopen it before forwarding/,
    )
  })

  it('is left for any state: taken back, or closed with a reason', () => {
    expect(checkStatusChange('forwarded', { state: 'acknowledged' }).state).toBe('acknowledged')
    expect(checkStatusChange('forwarded', { state: 'new' }).state).toBe('new')
    expect(checkStatusChange('forwarded', { state: 'closed', reason: 'not-city' })).toEqual({
      state: 'closed',
      reason: 'not-city',
      notes: null,
    })
    expect(open311Status('forwarded')).toBe('open')
  })
})
