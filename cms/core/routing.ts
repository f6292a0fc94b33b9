/**
 * The one routing engine of the desk and 311: rules are tried in order and the first whose every
 * condition holds wins. A rule is a record of conditions; a condition left empty (absent, null or
 * an empty list) holds for anything. Each domain says what its conditions mean (`tests`): a case's
 * kind, topic and keywords; a request's service, ward and answers.
 */
export type ConditionTests<Rule, Facts> = {
  [Key in keyof Rule]?: (value: NonNullable<Rule[Key]>, facts: Facts) => boolean
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || (Array.isArray(value) && value.length === 0)

/** Whether every condition the rule sets holds for the facts. */
export const ruleHolds = <Rule, Facts>(
  rule: Rule,
  tests: ConditionTests<Rule, Facts>,
  facts: Facts,
): boolean =>
  (Object.keys(tests) as (keyof Rule)[]).every((key) => {
    const value = rule[key]
    return isEmpty(value) || tests[key]!(value as NonNullable<Rule[typeof key]>, facts)
  })

/** The index of the first rule that holds, or null when none does. */
export const firstRuleThatHolds = <Rule, Facts>(
  rules: readonly Rule[],
  tests: ConditionTests<Rule, Facts>,
  facts: Facts,
): number | null => {
  const index = rules.findIndex((rule) => ruleHolds(rule, tests, facts))
  return index >= 0 ? index : null
}
