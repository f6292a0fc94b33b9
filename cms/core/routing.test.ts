import { describe, expect, it } from 'vitest'

import { type ConditionTests, firstRuleThatHolds, ruleHolds } from './routing'

type Rule = { colours?: string[] | null; size?: number | null; name: string }
type Facts = { colour: string; size: number }
const tests: ConditionTests<Rule, Facts> = {
  colours: (colours, facts) => colours.includes(facts.colour),
  size: (size, facts) => facts.size >= size,
}

describe('the routing engine', () => {
  it.each([
    [{ name: 'empty', colours: [] }, true],
    [{ name: 'absent' }, true],
    [{ name: 'null', colours: null, size: null }, true],
    [{ name: 'one holds', colours: ['red'] }, true],
    [{ name: 'one fails', colours: ['blue'] }, false],
    [{ name: 'both hold', colours: ['red'], size: 3 }, true],
    [{ name: 'one of two fails', colours: ['red'], size: 9 }, false],
  ] as [Rule, boolean][])('%o holds: %s', (rule, holds) => {
    expect(ruleHolds(rule, tests, { colour: 'red', size: 5 })).toBe(holds)
  })

  it('answers the first rule that holds, in order, or null', () => {
    const rules: Rule[] = [
      { name: 'big', size: 10 },
      { name: 'red', colours: ['red'] },
      { name: 'anything' },
    ]
    expect(firstRuleThatHolds(rules, tests, { colour: 'red', size: 5 })).toBe(1)
    expect(firstRuleThatHolds(rules, tests, { colour: 'blue', size: 50 })).toBe(0)
    expect(firstRuleThatHolds(rules.slice(0, 2), tests, { colour: 'blue', size: 1 })).toBeNull()
    expect(firstRuleThatHolds([], tests, { colour: 'red', size: 1 })).toBeNull()
  })
})
