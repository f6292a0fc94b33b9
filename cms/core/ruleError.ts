/**
 * A domain rule refused a step (a closed case replied to, a request moved backwards): the message
 * says what would be accepted, `field` names the input at fault when there is one, and `status` is
 * the HTTP answer the glue gives (409, the state forbids it, unless the rule says otherwise).
 */
export class RuleError extends Error {
  override name = 'RuleError'
  readonly field: string | null
  readonly status: number
  constructor(message: string, options: { field?: string; status?: number } = {}) {
    super(message)
    this.field = options.field ?? null
    this.status = options.status ?? 409
  }
}
