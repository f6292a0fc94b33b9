import { type ConditionTests, firstRuleThatHolds } from '../../core/routing'
import type { AttributeAnswer } from './attributes'

/**
 * Which department and queue a request goes to. Rules are tried in order; the first whose every
 * condition holds wins (an empty condition holds for anything); with none, the service's own
 * department takes it. "Trees on road in Ward 3 go to Parks' north crew" is one rule.
 */
export type RequestRoutingRule = {
  department: string | number
  queue?: string | null
  services?: readonly string[] | null
  wards?: readonly (string | number)[] | null
  /** Every listed answer must be given: `{ code: 'blocking', values: ['yes'] }`. */
  answers?: readonly { code: string; values: readonly string[] }[] | null
}

export type RoutingFacts = {
  serviceCode: string
  ward: string | number | null
  answers: Record<string, AttributeAnswer>
  serviceDepartment: string | number | null
}

const answerHas = (answer: AttributeAnswer | undefined, wanted: readonly string[]) =>
  answer !== undefined &&
  (Array.isArray(answer) ? answer : [String(answer)]).some((a) => wanted.includes(a))

const CONDITIONS: ConditionTests<RequestRoutingRule, RoutingFacts> = {
  services: (services, facts) => services.includes(facts.serviceCode),
  wards: (wards, facts) =>
    facts.ward != null && wards.some((w) => String(w) === String(facts.ward)),
  answers: (answers, facts) => answers.every((a) => answerHas(facts.answers[a.code], a.values)),
}

export const routeRequest = (rules: readonly RequestRoutingRule[], facts: RoutingFacts) => {
  const index = firstRuleThatHolds(rules, CONDITIONS, facts)
  if (index !== null)
    return { department: rules[index]!.department, queue: rules[index]!.queue ?? null, rule: index }
  return { department: facts.serviceDepartment, queue: null, rule: null }
}

export const routedByText = (rule: number | null, department: unknown) =>
  rule !== null
    ? `routing rule ${rule + 1}`
    : department != null
      ? 'the service’s department'
      : 'no department: set one on the service'
