import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { normaliseEmail } from '../core/text/emailAddress'
import type { Limit } from '../coordination/core/limits'
import { databaseLimiter } from '../coordination'
import { clientIp } from '../http'

/**
 * Held in the database (every CMS process counts the same attempts). Payload locks an account after
 * 5 wrong passwords but leaves IP limits to the application (its docs say so). These stop a script
 * trying many accounts from one place, and a flood of reset emails.
 */
const LOGIN_PER_IP: Limit = { max: 30, windowMs: 10 * 60 * 1000 }
const LOGIN_PER_ACCOUNT: Limit = { max: 10, windowMs: 10 * 60 * 1000 }
const RESET_PER_IP: Limit = { max: 5, windowMs: 60 * 60 * 1000 }
const RESET_PER_ADDRESS: Limit = { max: 3, windowMs: 60 * 60 * 1000 }

const limiters = {
  loginIp: databaseLimiter('login-ip', LOGIN_PER_IP),
  loginAccount: databaseLimiter('login-account', LOGIN_PER_ACCOUNT),
  resetIp: databaseLimiter('reset-ip', RESET_PER_IP),
  resetAddress: databaseLimiter('reset-address', RESET_PER_ADDRESS),
}

const tooMany = (what: string) =>
  new APIError(
    `Too many ${what} from this connection or for this address. Wait a while and try again.`,
    429,
    null,
    true,
  )

/** Over HTTP only (REST and GraphQL): server code calling the Local API is not a visitor. */
export const limitAuthAttempts: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (req.payloadAPI === 'local') return args
  const email = normaliseEmail((args as { data?: { email?: unknown } }).data?.email) ?? ''
  if (operation === 'login') {
    if (
      !(await limiters.loginIp.take(req.payload, clientIp(req))) ||
      (email && !(await limiters.loginAccount.take(req.payload, email)))
    )
      throw tooMany('sign-in attempts')
  }
  if (operation === 'forgotPassword') {
    if (
      !(await limiters.resetIp.take(req.payload, clientIp(req))) ||
      (email && !(await limiters.resetAddress.take(req.payload, email)))
    )
      throw tooMany('password reset requests')
  }
  return args
}
