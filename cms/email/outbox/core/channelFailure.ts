import { classifyFailure, type Failure } from '../../core/smtpErrors'

/**
 * A push or SMS delivery step says how it failed by throwing this, already classed (temporary or
 * permanent, the service's fault or this recipient's); the worker then handles it as it handles SMTP
 * errors: retried later, given up, or (the whole service down) left queued until a probe succeeds.
 */
export class DeliveryFailure extends Error {
  readonly failure: Failure
  constructor(failure: Failure) {
    super(failure.message)
    this.name = 'DeliveryFailure'
    this.failure = failure
  }
}

export const classifyChannelFailure = (error: unknown): Failure =>
  error instanceof DeliveryFailure ? error.failure : classifyFailure(error)
