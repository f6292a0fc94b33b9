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

export const ruleHolds = (rule: RequestRoutingRule, facts: RoutingFacts) =>
  (!rule.services?.length || rule.services.includes(facts.serviceCode)) &&
  (!rule.wards?.length ||
    (facts.ward != null && rule.wards.some((w) => String(w) === String(facts.ward)))) &&
  (!rule.answers?.length || rule.answers.every((a) => answerHas(facts.answers[a.code], a.values)))

export const routeRequest = (rules: readonly RequestRoutingRule[], facts: RoutingFacts) => {
  const index = rules.findIndex((rule) => ruleHolds(rule, facts))
  if (index >= 0)
    return { department: rules[index]!.department, queue: rules[index]!.queue ?? null, rule: index }
  return { department: facts.serviceDepartment, queue: null, rule: null }
}

export const routedByText = (rule: number | null, department: unknown) =>
  rule !== null
    ? `routing rule ${rule + 1}`
    : department != null
      ? 'the service’s department'
      : 'no department: set one on the service'
