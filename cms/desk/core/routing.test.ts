import { describe, expect, it } from 'vitest'

import { foldText } from '../../core/text/phrases'
import { routeCase, type RoutingRule } from './routing'

const rules: RoutingRule[] = [
  { department: 'media', kinds: ['media'] },
  { department: 'waste', keywords: ['garbage', 'recycling', 'ordures', 'déchets', 'green bin'] },
  {
    department: 'access',
    kinds: ['accessibility-feedback', 'complaint'],
    keywords: ['ramp', 'wheelchair'],
  },
  { department: 'roads', topics: ['Roads'], priority: 'high' },
]

describe('routing a new case', () => {
  it.each([
    [{ kind: 'media', text: 'Interview request about garbage' }, 'media', 0],
    [{ kind: 'general', text: 'My GARBAGE was not picked up!' }, 'waste', 1],
    [{ kind: 'general', text: 'Mes dechets sont encore là' }, 'waste', 1],
    [{ kind: 'general', text: 'The green-bin lid broke' }, 'waste', 1],
    [{ kind: 'general', text: 'Garbageman was rude' }, 'general', null],
    [{ kind: 'complaint', text: 'No wheelchair ramp at the library' }, 'access', 2],
    [{ kind: 'general', text: 'No wheelchair ramp at the library' }, 'general', null],
    [{ kind: 'general', topic: 'roads', text: 'Question' }, 'roads', 3],
    [{ kind: 'general', text: 'Hello' }, 'general', null],
  ] as const)('%o goes to %s', (input, department, rule) => {
    expect(routeCase(rules, input, 'general')).toEqual({
      department,
      rule,
      // The rule that routes sets the priority; none, or no rule: normal.
      priority: rule === 3 ? 'high' : 'normal',
    })
  })

  it('with no rule and no fallback, goes nowhere (the desk triages it)', () => {
    expect(routeCase([], { kind: 'general', text: 'x' }, null)).toEqual({
      department: null,
      rule: null,
      priority: 'normal',
    })
  })

  it('folds case, accents and punctuation', () => {
    expect(foldText('Ordures  MÉNAGÈRES, s.v.p.')).toBe('ordures menageres s v p')
  })
})
