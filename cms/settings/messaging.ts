import { hostRules, type HostRule } from '../core/url/outboundUrl'
import { absoluteUrl, type Env, mailbox, port, positive, SettingsError } from './env'

/**
 * The settings of the ways the City reaches people and hears back: inbound mail, texts, Web Push.
 */

export type SmsSettings = {
  /** The gateway's base URL; null: texts become files (nothing reaches a phone). */
  gatewayUrl: string | null
  accountSid: string
  authToken: string
  /** The City's sending number or short code, E.164 or digits. */
  from: string
  /**
   * The gateway's rate: messages started per second, across all processes (one sends at a time).
   */
  perSecond: number
}

export type PushSettings = {
  /**
   * VAPID keys from the environment; null: the pair stored in the database (made at first start).
   */
  vapid: { publicKey: string; privateKey: string } | null
  /** Who the push services may contact about the City's messages: a mailto: or https: URL. */
  subject: string
  /**
   * Push messages started per second by one process (push services throttle senders that flood).
   */
  perSecond: number
  /**
   * The push services a subscription may point at: the browsers' own (port 443, public addresses
   * only, checked again when sending) and what PUSH_SERVICE_HOSTS names (trusted as written,
   * `host:port` allowed). Anything else is refused, so nobody can make the CMS send requests to a
   * host of their choosing (cms/core/url/outboundUrl.ts).
   */
  serviceRules: HostRule[]
}

/** The browsers' push services (Chrome/Edge/Opera, Firefox, Windows, Safari). */
export const KNOWN_PUSH_SERVICES = [
  'fcm.googleapis.com',
  'android.googleapis.com',
  'updates.push.services.mozilla.com',
  '.notify.windows.com',
  'web.push.apple.com',
  '.push.apple.com',
]

export type InboundSettings = {
  /**
   * The SMTP port `npm start` (and workers) listen on for mail to the desk; null: not listening.
   */
  smtpPort: number | null
  /** Mail to this address opens or joins a correspondence case. */
  address: string
  /** Mail to this address opens a 311 service request (when that domain is installed). */
  address311: string
  /** The domain of the desk's Message-IDs: replies threaded to them find their case. */
  domain: string
  /** Set by `npm start` for its Next server in the default single process: it listens there. */
  inNext: boolean
}

/** INBOUND_SMTP_PORT: a port, or `off`; 2525 by default (a port that needs no root). */
export const inboundSettings = (env: Env): InboundSettings => {
  const raw = env.INBOUND_SMTP_PORT?.trim()
  const address = mailbox(env, 'INBOUND_ADDRESS', 'contact@city.example')
  return {
    smtpPort: raw === 'off' ? null : port(env, 'INBOUND_SMTP_PORT', 2525),
    address,
    address311: mailbox(env, 'INBOUND_311_ADDRESS', '311@city.example'),
    domain: address.split('@')[1]!,
    inNext: env.CIVIC_INBOUND_IN_NEXT === '1',
  }
}

export const smsSettings = (env: Env): SmsSettings => {
  const gatewayUrl = env.SMS_GATEWAY_URL?.trim() || null
  const accountSid = env.SMS_ACCOUNT_SID?.trim() || ''
  const authToken = env.SMS_AUTH_TOKEN?.trim() || ''
  const from = env.SMS_FROM?.trim() || ''
  if (gatewayUrl) {
    absoluteUrl(env, 'SMS_GATEWAY_URL', 'https://api.twilio.com')
    const missing = [
      ['SMS_ACCOUNT_SID', accountSid],
      ['SMS_AUTH_TOKEN', authToken],
      ['SMS_FROM', from],
    ].filter(([, value]) => !value)
    if (missing.length > 0)
      throw new SettingsError(
        `SMS_GATEWAY_URL is set but ${missing.map(([name]) => name).join(', ')} ${missing.length > 1 ? 'are' : 'is'} not: set the gateway's account SID, auth token and the City's sending number.`,
      )
  }
  return {
    gatewayUrl,
    accountSid,
    authToken,
    from: from || '+15555550100',
    perSecond: positive(env, 'SMS_RATE_PER_SECOND', 30),
  }
}

/** PUSH_SERVICE_HOSTS: comma-separated; an entry it cannot read stops the start, naming it. */
const operatorPushHosts = (env: Env) => {
  const entries = (env.PUSH_SERVICE_HOSTS ?? '').split(',').filter((entry) => entry.trim())
  try {
    return hostRules(entries, true)
  } catch (error) {
    throw new SettingsError(`PUSH_SERVICE_HOSTS: ${(error as Error).message}`)
  }
}

/**
 * OPEN311_CALLBACK_HOSTS: hosts an Open311 app's callbacks may reach although they are not public
 * (a test's loopback receiver, an on-premises app), trusted as written like PUSH_SERVICE_HOSTS.
 * Every other callback goes to a public address on port 443, checked at registration and again
 * at each send.
 */
export const callbackHostRules = (env: Env): HostRule[] => {
  const entries = (env.OPEN311_CALLBACK_HOSTS ?? '').split(',').filter((entry) => entry.trim())
  try {
    return hostRules(entries, true)
  } catch (error) {
    throw new SettingsError(`OPEN311_CALLBACK_HOSTS: ${(error as Error).message}`)
  }
}

export const pushSettings = (env: Env, mailFrom: string): PushSettings => {
  const publicKey = env.VAPID_PUBLIC_KEY?.trim() || ''
  const privateKey = env.VAPID_PRIVATE_KEY?.trim() || ''
  if (Boolean(publicKey) !== Boolean(privateKey))
    throw new SettingsError(
      'Set both VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY, or neither (the CMS then makes a pair at first start). Make one with: npx web-push generate-vapid-keys',
    )
  const address = /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom
  const subject = env.VAPID_SUBJECT?.trim() || `mailto:${address}`
  if (!/^(mailto:|https:\/\/)/.test(subject))
    throw new SettingsError(`VAPID_SUBJECT="${subject}" must start with mailto: or https://.`)
  return {
    vapid: publicKey ? { publicKey, privateKey } : null,
    subject,
    perSecond: positive(env, 'PUSH_RATE_PER_SECOND', 1000),
    serviceRules: [...hostRules(KNOWN_PUSH_SERVICES, false), ...operatorPushHosts(env)],
  }
}
