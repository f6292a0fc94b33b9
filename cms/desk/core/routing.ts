import { foldText, hasPhrase } from '../../core/text/phrases'
import type { Kind } from './model'

/**
 * Which department a new case goes to. Rules are tried in order; the first whose every condition holds
 * wins. A condition left empty holds for anything. Keywords match whole words or phrases in the subject
 * and message, without regard to case or accents ("dechets" finds "déchets").
 */
export type RoutingRule = {
  department: string | number
  kinds?: readonly Kind[]
  topics?: readonly string[]
  keywords?: readonly string[]
}

export type RoutingInput = { kind: Kind; topic?: string | null; text: string }

export const ruleMatches = (
  rule: RoutingRule,
  input: RoutingInput,
  folded = foldText(input.text),
) =>
  (!rule.kinds?.length || rule.kinds.includes(input.kind)) &&
  (!rule.topics?.length ||
    (input.topic != null && rule.topics.some((t) => foldText(t) === foldText(input.topic!)))) &&
  (!rule.keywords?.length || rule.keywords.some((k) => hasPhrase(folded, k)))

/** The department for a case, and which rule chose it (its index), or the fallback's. */
export const routeCase = (
  rules: readonly RoutingRule[],
  input: RoutingInput,
  fallback: string | number | null,
): { department: string | number | null; rule: number | null } => {
  const folded = foldText(input.text)
  const index = rules.findIndex((rule) => ruleMatches(rule, input, folded))
  return index >= 0
    ? { department: rules[index]!.department, rule: index }
    : { department: fallback, rule: null }
}
