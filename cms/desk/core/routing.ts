import { type ConditionTests, firstRuleThatHolds } from '../../core/routing'
import { foldText, hasPhrase } from '../../core/text/phrases'
import type { Kind } from './model'
import type { Priority } from './targets'

/**
 * Which department a new case goes to. Rules are tried in order; the first whose every condition
 * holds wins. A condition left empty holds for anything. Keywords match whole words or phrases in
 * the subject and message, without regard to case or accents ("dechets" finds "déchets").
 */
export type RoutingRule = {
  department: string | number
  /** The priority a case it routes gets (normal when empty). */
  priority?: Priority | null
  kinds?: readonly Kind[]
  topics?: readonly string[]
  keywords?: readonly string[]
}

export type RoutingInput = { kind: Kind; topic?: string | null; text: string }

type Facts = RoutingInput & { folded: string }

const CONDITIONS: ConditionTests<RoutingRule, Facts> = {
  kinds: (kinds, facts) => kinds.includes(facts.kind),
  topics: (topics, facts) =>
    facts.topic != null && topics.some((t) => foldText(t) === foldText(facts.topic!)),
  keywords: (keywords, facts) => keywords.some((k) => hasPhrase(facts.folded, k)),
}

/**
 * The department for a case, which rule chose it (its index) or the fallback's, and the priority
 * that rule gives.
 */
export const routeCase = (
  rules: readonly RoutingRule[],
  input: RoutingInput,
  fallback: string | number | null,
): { department: string | number | null; rule: number | null; priority: Priority } => {
  const index = firstRuleThatHolds(rules, CONDITIONS, { ...input, folded: foldText(input.text) })
  return index !== null
    ? {
        department: rules[index]!.department,
        rule: index,
        priority: rules[index]!.priority ?? 'normal',
      }
    : { department: fallback, rule: null, priority: 'normal' }
}
