import path from 'node:path'

import { DEFAULT_CITY_NAME } from '../../site/lib/city'

import { type DatabaseTarget, parseDatabaseUrl } from '../db'
import { absoluteUrl, type Env, port, seconds, secondsOrNone, SettingsError } from './env'
import type { HostRule } from '../core/url/outboundUrl'
import {
  callbackHostRules,
  inboundSettings,
  type InboundSettings,
  pushSettings,
  type PushSettings,
  smsSettings,
  type SmsSettings,
} from './messaging'
import { retentionSettings, type RetentionSettings } from './retention'

export { SettingsError } from './env'
export { DEFAULT_RETENTION, type RetentionSettings } from './retention'
export {
  type InboundSettings,
  KNOWN_PUSH_SERVICES,
  type PushSettings,
  type SmsSettings,
} from './messaging'

/**
 * Used only outside production, so a fresh clone starts without setup; start-up warns when it is in
 * use.
 */
export const DEV_PAYLOAD_SECRET = 'civic-comms-development-secret-do-not-use-in-production'

/**
 * A production secret shorter than this is guessable enough to forge sessions; the start refuses
 * it.
 */
const MIN_PRODUCTION_SECRET_LENGTH = 32

export type Settings = {
  production: boolean
  database: DatabaseTarget
  payloadSecret: string
  usingDevSecret: boolean
  port: number
  sitePort: number
  cmsUrl: string
  siteUrl: string
  siteOutDir: string
  dataDir: string
  mediaDir: string
  outboxDir: string
  smtpUrl: string | null
  mailFrom: string
  /** CASL: the sender's postal address, in every email. */
  mailPostalAddress: string
  /** CAP <sender>: the issuing authority's address, also the scope of message identifiers. */
  capSender: string
  logLevel: LogLevel
  /**
   * Reverse proxies the City runs in front of the CMS, each appending to X-Forwarded-For (0: none).
   */
  trustedProxyHops: number
  /**
   * The City's Statistics Canada census subdivision: the geocode a new bulletin area starts with
   * (CAP-CP).
   */
  citySgcCode: string
  /** How long an outbox worker holds the rows it claimed before another may take them over. */
  outboxLeaseMs: number
  /**
   * The longest a release's, publication's or package's messages wait for the site build that puts
   * its page live (SEND_WAITS_FOR_SITE_SECONDS; 0: they go at once). Emergencies never wait.
   */
  sendWaitsForSiteMs: number
  /** The City's name as residents read it: site, feeds, CAP sender name, emails. */
  cityName: string
  /** Admin session cookies only over HTTPS: production behind an https:// CMS_URL. */
  secureCookies: boolean
  /** Where `npm run generate:types` writes (a test points it at a scratch file). */
  typesFile: string | null
  /**
   * What this process does: `all` (the default: admin, API and background work), `web` (admin and
   * API only) or `worker` (background work only: scheduled publishing, site builds, email).
   */
  processRole: ProcessRole
  /** S3-compatible storage for uploads and the public site, when S3_BUCKET is set. */
  s3: S3Settings | null
  /** The customer-service desk's inbound mail (cms/desk/inbound). */
  inbound: InboundSettings
  /**
   * Text messages (cms/sms). Without SMS_GATEWAY_URL they are written as files under
   * `outboxDir/sms`.
   */
  sms: SmsSettings
  /** Web Push (cms/push). */
  push: PushSettings
  /** Open311 apps' callbacks: the non-public hosts they may reach (OPEN311_CALLBACK_HOSTS). */
  callbackHosts: HostRule[]
  /** How long machinery rows are kept (RETAIN_*): cms/ops/retention.ts prunes them. */
  retention: RetentionSettings
}

export type S3Settings = {
  bucket: string
  /** An S3-compatible service's address (MinIO, Ceph, a cloud's); none for AWS itself. */
  endpoint: string | null
  region: string
  /** Both, or neither (then the SDK's usual chain: instance role, environment, profile). */
  credentials: { accessKeyId: string; secretAccessKey: string } | null
  forcePathStyle: boolean
  /** Key prefixes: uploads, and the public site (builds, pointer, live emergency files). */
  mediaPrefix: string
  sitePrefix: string
}

export const PROCESS_ROLES = ['all', 'web', 'worker'] as const
export type ProcessRole = (typeof PROCESS_ROLES)[number]

const processRole = (env: Env): ProcessRole => {
  const raw = env.PROCESS_ROLE?.trim() || 'all'
  if ((PROCESS_ROLES as readonly string[]).includes(raw)) return raw as ProcessRole
  throw new SettingsError(
    `PROCESS_ROLE="${raw}" is not one of ${PROCESS_ROLES.join(', ')} (all: everything in one process; web: admin and API; worker: background work).`,
  )
}

const s3Settings = (env: Env): S3Settings | null => {
  const bucket = env.S3_BUCKET?.trim()
  const named = Object.keys(env).filter((name) => name.startsWith('S3_') && env[name]?.trim())
  if (!bucket) {
    if (named.length > 0)
      throw new SettingsError(
        `${named.join(', ')} set but S3_BUCKET is not: set S3_BUCKET to store uploads and the site in a bucket, or unset them.`,
      )
    return null
  }
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim()
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim()
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey))
    throw new SettingsError(
      'Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither (to use the machine role).',
    )
  const endpoint = env.S3_ENDPOINT?.trim()
    ? absoluteUrl(env, 'S3_ENDPOINT', 'http://127.0.0.1:9000')
    : null
  const prefix = (raw: string | undefined, fallback: string) =>
    (raw?.trim() || fallback).replace(/^\/+|\/+$/g, '')
  return {
    bucket,
    endpoint,
    region: env.S3_REGION?.trim() || 'us-east-1',
    credentials: accessKeyId ? { accessKeyId, secretAccessKey: secretAccessKey! } : null,
    // Path-style addressing is what self-hosted S3-compatible servers answer by default.
    forcePathStyle: env.S3_FORCE_PATH_STYLE?.trim()
      ? env.S3_FORCE_PATH_STYLE.trim() === 'true'
      : Boolean(endpoint),
    mediaPrefix: prefix(env.S3_MEDIA_PREFIX, 'media'),
    sitePrefix: `${prefix(env.S3_SITE_PREFIX, 'site')}/`,
  }
}

/** Whether this process runs the jobs queues (scheduled publishing, site builds, the outbox). */
export const runsBackgroundWork = (settings: Pick<Settings, 'processRole'>) =>
  settings.processRole !== 'web'

const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

const logLevel = (env: Env): LogLevel => {
  const raw = env.LOG_LEVEL?.trim() || 'info'
  if ((LOG_LEVELS as readonly string[]).includes(raw)) return raw as LogLevel
  throw new SettingsError(`LOG_LEVEL="${raw}" is not one of ${LOG_LEVELS.join(', ')}.`)
}

const proxyHops = (env: Env): number => {
  const raw = env.TRUSTED_PROXY_HOPS?.trim() || '0'
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0 || value > 5)
    throw new SettingsError(
      `TRUSTED_PROXY_HOPS="${raw}" is not the number of proxies in front of the CMS (0-5).`,
    )
  return value
}

/** The demo city stands in for Windsor, Ontario (3537039); a real deployment sets its own. */
const sgcCode = (env: Env): string => {
  const raw = env.CITY_SGC_CODE?.trim() || '3537039'
  if (!/^\d{7}$/.test(raw))
    throw new SettingsError(
      `CITY_SGC_CODE="${raw}" is not a 7-digit Statistics Canada census subdivision code (e.g. 3537039).`,
    )
  return raw
}

const secret = (env: Env, production: boolean): { value: string; isDev: boolean } => {
  const raw = env.PAYLOAD_SECRET?.trim()
  if (raw) {
    if (production && raw.length < MIN_PRODUCTION_SECRET_LENGTH) {
      throw new SettingsError(
        `PAYLOAD_SECRET is ${raw.length} characters; production needs at least ${MIN_PRODUCTION_SECRET_LENGTH}. Generate one with: openssl rand -hex 32`,
      )
    }
    if (production && raw === DEV_PAYLOAD_SECRET) {
      throw new SettingsError(
        'PAYLOAD_SECRET is the public development value; set a secret of your own in production.',
      )
    }
    return { value: raw, isDev: false }
  }
  if (production) {
    throw new SettingsError(
      'PAYLOAD_SECRET is not set and NODE_ENV=production. Set it to a long random value (openssl rand -hex 32) and start again.',
    )
  }
  return { value: DEV_PAYLOAD_SECRET, isDev: true }
}

/** Reads the environment once, checks it, and answers with typed settings or one clear error. */
export const readSettings = (env: Env, cwd: string): Settings => {
  const production = env.NODE_ENV === 'production'
  const dataDir = path.resolve(cwd, env.DATA_DIR?.trim() || 'data')
  const cmsPort = port(env, 'PORT', 3000)
  const sitePort = port(env, 'SITE_PORT', 4321)
  const { value, isDev } = secret(env, production)
  const cmsUrl = absoluteUrl(env, 'CMS_URL', `http://127.0.0.1:${cmsPort}`)
  return {
    production,
    // The default database sits in the data folder, so DATA_DIR alone moves everything.
    database: parseDatabaseUrl(env.DATABASE_URL, cwd, `file:${path.join(dataDir, 'cms.db')}`),
    payloadSecret: value,
    usingDevSecret: isDev,
    port: cmsPort,
    sitePort,
    cmsUrl,
    siteUrl: absoluteUrl(env, 'SITE_URL', `http://127.0.0.1:${sitePort}`),
    siteOutDir: path.resolve(cwd, env.SITE_OUT_DIR?.trim() || path.join(dataDir, 'site')),
    dataDir,
    mediaDir: path.resolve(cwd, env.MEDIA_DIR?.trim() || path.join(dataDir, 'media')),
    outboxDir: path.resolve(cwd, env.OUTBOX_DIR?.trim() || path.join(dataDir, 'outbox')),
    smtpUrl: env.SMTP_URL?.trim() || null,
    mailFrom: env.MAIL_FROM?.trim() || 'City Communications <news@city.example>',
    mailPostalAddress:
      env.MAIL_POSTAL_ADDRESS?.trim() ||
      'City of Riverton, Corporate Communications, 100 Main Street, Riverton ON  N0N 0N0',
    capSender: env.CAP_SENDER?.trim() || 'communications@city.example',
    logLevel: logLevel(env),
    outboxLeaseMs: seconds(env, 'OUTBOX_LEASE_SECONDS', 60) * 1000,
    sendWaitsForSiteMs: secondsOrNone(env, 'SEND_WAITS_FOR_SITE_SECONDS', 90) * 1000,
    citySgcCode: sgcCode(env),
    trustedProxyHops: proxyHops(env),
    cityName: env.CITY_NAME?.trim() || DEFAULT_CITY_NAME,
    secureCookies: production && cmsUrl.startsWith('https:'),
    typesFile: env.PAYLOAD_TYPES_FILE?.trim() || null,
    processRole: processRole(env),
    s3: s3Settings(env),
    inbound: inboundSettings(env),
    sms: smsSettings(env),
    push: pushSettings(env, env.MAIL_FROM?.trim() || 'City Communications <news@city.example>'),
    callbackHosts: callbackHostRules(env),
    retention: retentionSettings(env),
  }
}

/**
 * The settings of this process, from its environment: what the runtime calls where it has no
 * settings handed to it (hooks, endpoints, jobs). The one place the code reads `process.env` for
 * configuration.
 */
export const currentSettings = (): Settings => readSettings(process.env, process.cwd())
