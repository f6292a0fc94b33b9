import { open311Endpoints } from './open311/endpoints'
import { myPageEndpoints } from './desk/my'
import { callbackChannel } from './open311/callbacks'
import { Addresses } from '../collections/Addresses'
import { ApiClients } from '../collections/ApiClients'
import { ServiceRequestEvents } from '../collections/ServiceRequestEvents'
import { ServiceRequestFollowers } from '../collections/ServiceRequestFollowers'
import { Watches } from '../collections/Watches'
import { StatusTemplates } from '../collections/StatusTemplates'
import { ServiceRequests } from '../collections/ServiceRequests'
import { ServiceRequestSettings } from '../collections/ServiceRequestSettings'
import { ServiceTypes } from '../collections/ServiceTypes'
import { Wards } from '../collections/Wards'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import pretty from 'pino-pretty'
import sharp from 'sharp'

import { EmergencyBulletins } from '../collections/EmergencyBulletins'
import { KbArticles } from '../collections/KbArticles'
import { KbFeedback } from '../collections/KbFeedback'
import { KbSearchMisses } from '../collections/KbSearchMisses'
import { KbSettings } from '../collections/KbSettings'
import { KbViews } from '../collections/KbViews'
import { mediaCollection } from '../collections/Media'
import { MediaReleases } from '../collections/MediaReleases'
import { Publications } from '../collections/Publications'
import { SponsorshipPackages } from '../collections/SponsorshipPackages'
import { USERS } from './core/slugs'
import { SiteStatus } from '../collections/SiteStatus'
import { StyleGuide } from '../collections/StyleGuide'
import { LanguagePolicy } from '../collections/LanguagePolicy'
import { en as adminEnglish } from '@payloadcms/translations/languages/en'
import { fr as adminFrench } from '@payloadcms/translations/languages/fr'
import { Users } from '../collections/Users'
import { Deliveries } from '../collections/Deliveries'
import { smsEndpoints } from './sms/endpoints'
import { PushKeys } from '../collections/PushKeys'
import { PushSubscriptions } from '../collections/PushSubscriptions'
import { SmsSubscribers } from '../collections/SmsSubscribers'
import { Sends } from '../collections/Sends'
import { Subscribers } from '../collections/Subscribers'
import { WorkflowAudit } from '../collections/WorkflowAudit'
import { CityCalendar } from '../collections/CityCalendar'
import { SponsorInquiries } from '../collections/SponsorInquiries'
import { RetiredItems } from '../collections/RetiredItems'
import { ProcessLeases } from '../collections/ProcessLeases'
import { ReferenceCounters } from '../collections/ReferenceCounters'
import { RateLimitHits } from '../collections/RateLimitHits'
import { IntakeReceipts } from '../collections/IntakeReceipts'
import { SiteBuildRequests } from '../collections/SiteBuildRequests'
import { SponsorshipAudit } from '../collections/SponsorshipAudit'
import { SponsorshipPolicy } from '../collections/SponsorshipPolicy'
import { SponsorshipSlots } from '../collections/SponsorshipSlots'
import { Departments } from '../collections/Departments'
import { Correspondence } from '../collections/Correspondence'
import { CorrespondenceMessages } from '../collections/CorrespondenceMessages'
import { correspondenceFiles } from '../collections/CorrespondenceFiles'
import { DeskMacros } from '../collections/DeskMacros'
import { DeskPresence } from '../collections/DeskPresence'
import { ResidentLinks } from '../collections/ResidentLinks'
import { requestPhotos } from '../collections/RequestPhotos'
import { requestPhotoCopies } from '../collections/RequestPhotoCopies'
import { DeskAudit } from '../collections/DeskAudit'
import { DeskSettings } from '../collections/DeskSettings'
import { dailySiteRebuildTask, inquiryMailTask } from './sponsorship/tasks'
import { MAX_UPLOAD_BYTES } from './uploads/guardUpload'
import packageJson from '../package.json'
import { databaseAdapter } from './db/adapter'
import { busyDatabaseAnswer } from './http/busy'
import { emailAdapter } from './email/adapter'
import { healthEndpoint } from './http/health'
import { subscriptionEndpoints } from './email/endpoints'
import { OUTBOX_CRON, OUTBOX_QUEUE, outboxTask } from './outbox/run'
import { registerChannels } from './outbox/channel'
import { gatewayStatus } from './outbox/status'
import { emailChannel } from './email/channel'
import { pushChannel } from './push/channel'
import { smsChannel } from './sms/channel'
import { SITE_QUEUE } from './coordination/siteBuildRequests'
import { buildSiteTask } from './publishing/task'
import { workflowScheduledSteps } from './workflow/publishDue'
import {
  registerScheduledSteps,
  SCHEDULED_CRON,
  SCHEDULED_QUEUE,
  type ScheduledStep,
  scheduledWorkTask,
} from './coordination/scheduledWork'
import { embargoScheduledStep, sendsAfterSiteStep, siteScheduledStep } from './publishing/scheduled'
import { wardFiguresScheduledStep } from './publishing/wardFigures'
import { alertsScheduledStep } from '../emergency/fastPath'
import { emergencyLiveFiles } from '../emergency/files'
import { registerLiveFiles } from './publishing/liveFiles'
import { bilingualLabels } from './i18n/labels'
import { missedItemsScheduledStep } from './outbox/reconcile'
import { frenchRemindersScheduledStep } from './bilingual/reminders'
import {
  agencyReminderScheduledStep,
  stillFixedScheduledStep,
  watchDigestsScheduledStep,
} from './servicerequests'
import { deskScheduledStep } from './desk/schedule'
import { digestsScheduledStep } from './email'
import { currentSettings } from './settings'
import { shouldRunJobs } from './coordination/jobsRunner'
import { mediaStoragePlugins, strayFilesScheduledStep } from './storage'
import { retentionScheduledStep } from './ops'
import { listenForInboundMail } from './desk/inbound/listener'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const settings = currentSettings()

// The ways the outbox reaches people; it knows none of them by name.
registerChannels([emailChannel, pushChannel, smsChannel, callbackChannel])

/**
 * The 5-second pass, each domain's steps in order: publish and take down what is due, rebuild for
 * lifted embargoes, refresh the alerts file, retry a failed build, let go the messages whose pages
 * are live, ask for a build when 311 changed and the ward pages' figures are 30 minutes old, queue
 * alerts a crash never queued, remind officers of English-only alerts, queue the subscribers'
 * daily and weekly digests once their 07:00 has passed, the desk's digests, escalations and
 * retention; 311's "is it still fixed?" four weeks after a closing, and its reminders of forwarded
 * requests an agency has not answered (every 10 minutes), and the ward watchers' daily emails
 * after 07:00; at start-up and hourly, remove the files a stopped intake left without rows; at
 * start-up and every 10 minutes, prune the machinery's rows past their retention (a second at most
 * a pass).
 */
const scheduledSteps: ScheduledStep[] = [
  ...workflowScheduledSteps,
  embargoScheduledStep,
  alertsScheduledStep,
  siteScheduledStep,
  sendsAfterSiteStep,
  wardFiguresScheduledStep,
  missedItemsScheduledStep,
  frenchRemindersScheduledStep,
  digestsScheduledStep,
  deskScheduledStep,
  stillFixedScheduledStep,
  agencyReminderScheduledStep,
  watchDigestsScheduledStep,
  strayFilesScheduledStep,
  retentionScheduledStep,
]
registerScheduledSteps(scheduledSteps)
// What every site build writes beside the pages, and again into the live site after its swap.
registerLiveFiles([emergencyLiveFiles])

export default buildConfig({
  serverURL: settings.cmsUrl,
  secret: settings.payloadSecret,
  telemetry: false,
  // Payload's own readable format, at the level LOG_LEVEL asks for.
  logger: {
    options: { level: settings.logLevel },
    destination: pretty({ colorize: true, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss' }),
  },
  db: databaseAdapter(settings.database),
  editor: lexicalEditor(),
  email: emailAdapter(settings),
  sharp,
  // Uploads larger than this get 413 at once, never a silently truncated file.
  upload: { limits: { fileSize: MAX_UPLOAD_BYTES }, abortOnLimit: true },
  admin: {
    user: USERS,
    // Payload's default is Gravatar: a broken image on a network without internet, and a hash of
    // every staff address sent to a third party. The built-in avatar needs neither.
    avatar: 'default',
    meta: { titleSuffix: ' · City Communications' },
    components: {
      // What the signed-in person must do comes first (a notice only when mail is failing above
      // it), then the answer search and their queues; the organisation's views follow.
      beforeDashboard: [
        '/cms/outbox/admin/MailNotice#MailNotice',
        '/cms/home/admin/YourWork#YourWork',
        '/cms/kb/admin/AgentSearch#AgentSearch',
        '/cms/workflow/admin/ReviewQueue#ReviewQueue',
        '/cms/sponsorship/admin/SponsorshipDashboard#SponsorshipDashboard',
        '/cms/servicerequests/admin/RequestQueues#RequestQueues',
        { path: '/cms/kb/admin/KbHealth#KbHealth', serverProps: { compact: true } },
        '/cms/desk/admin/DeskStandards#DeskStandards',
        '/cms/publishing/admin/SiteStatusNotice#SiteStatusNotice',
        '/cms/bilingual/admin/MissingFrench#MissingFrench',
        '/cms/outbox/admin/OutboxSends#OutboxSends',
      ],
    },
    importMap: {
      // Admin components live with their domain (cms/workflow/admin, emergency/admin…): paths start
      // at the repository root.
      baseDir: path.resolve(dirname, '..'),
      importMapFile: path.resolve(dirname, 'app/(payload)/admin/importMap.js'),
    },
  },
  // The admin in English or French, as each staff member chooses (Payload's own strings from its
  // translations; the project's own in cms/i18n/).
  i18n: {
    supportedLanguages: { en: adminEnglish, fr: adminFrench },
    fallbackLanguage: 'en',
  },
  localization: {
    locales: [
      { code: 'en', label: 'English' },
      { code: 'fr', label: 'Français' },
    ],
    defaultLocale: 'en',
    fallback: true,
  },
  collections: [
    Users,
    mediaCollection(settings.mediaDir),
    MediaReleases,
    Publications,
    SponsorshipPackages,
    EmergencyBulletins,
    KbArticles,
    KbSearchMisses,
    KbFeedback,
    KbViews,
    WorkflowAudit,
    Subscribers,
    Sends,
    Deliveries,
    PushSubscriptions,
    SmsSubscribers,
    SponsorInquiries,
    SponsorshipSlots,
    SponsorshipAudit,
    RetiredItems,
    ProcessLeases,
    ReferenceCounters,
    RateLimitHits,
    IntakeReceipts,
    SiteBuildRequests,
    Departments,
    Correspondence,
    CorrespondenceMessages,
    DeskMacros,
    DeskPresence,
    ResidentLinks,
    correspondenceFiles(settings.dataDir),
    DeskAudit,
    Wards,
    Addresses,
    ServiceTypes,
    ServiceRequests,
    ServiceRequestEvents,
    ServiceRequestFollowers,
    Watches,
    StatusTemplates,
    requestPhotos(settings.dataDir),
    requestPhotoCopies(settings.dataDir),
    ApiClients,
  ].map(bilingualLabels),
  plugins: mediaStoragePlugins(settings.s3),
  globals: [
    SiteStatus,
    StyleGuide,
    SponsorshipPolicy,
    CityCalendar,
    LanguagePolicy,
    DeskSettings,
    ServiceRequestSettings,
    KbSettings,
    PushKeys,
  ].map(bilingualLabels),
  hooks: { afterError: [busyDatabaseAnswer] },
  // The default single process receives the desk's mail in its Next server (cms/desk/inbound).
  onInit: async (payload) => {
    if (!settings.inbound.inNext || settings.inbound.smtpPort === null) return
    const log = (line: string) => payload.logger.info(line)
    if (await listenForInboundMail(payload, settings.inbound, log))
      log(
        `Receiving mail for ${settings.inbound.address} on SMTP port ${settings.inbound.smtpPort}.`,
      )
  },
  endpoints: [
    healthEndpoint(settings.database, packageJson.version, settings.processRole, (payload) =>
      gatewayStatus(payload, 'email'),
    ),
    ...subscriptionEndpoints,
    ...smsEndpoints,
    ...open311Endpoints,
    ...myPageEndpoints,
  ],
  jobs: {
    tasks: [
      scheduledWorkTask(scheduledSteps),
      buildSiteTask,
      outboxTask,
      inquiryMailTask,
      dailySiteRebuildTask,
    ],
    // Runs where crons are started: the Next server (after its first request) and getPayload({
    // cron: true }). The site queue is polled every 2 s so a publish reaches the public site within
    // seconds.
    autoRun: [
      // Quiet runs keep the log readable (a line every few seconds otherwise); errors still show.
      { cron: SCHEDULED_CRON, queue: SCHEDULED_QUEUE, limit: 10, silent: { info: true } },
      { cron: '*/2 * * * * *', queue: SITE_QUEUE, limit: 1, silent: { info: true } },
      { cron: OUTBOX_CRON, queue: OUTBOX_QUEUE, limit: 1, silent: { info: true } },
    ],
    deleteJobOnComplete: true,
    // PROCESS_ROLE=web serves the admin and API only; of the workers (or `all`), one runs the
    // queues.
    shouldAutoRun: shouldRunJobs,
  },
  typescript: {
    // Overridable so a test can generate into a scratch file and compare with the committed one.
    outputFile: settings.typesFile || path.resolve(dirname, 'payload-types.ts'),
    // Types are generated on purpose (npm run generate:types), not as a side effect of every boot.
    autoGenerate: false,
  },
  // GraphQL serves the admin's needs; strangers get no schema tour and no query that costs the
  // server much.
  graphQL: {
    disable: false,
    disablePlaygroundInProduction: true,
    disableIntrospectionInProduction: true,
    maxComplexity: 400,
  },
  // Cookie sign-ins count only for requests from the CMS itself: a page elsewhere cannot post as a
  // signed-in editor (CSRF). No origin may read API answers from a browser (no CORS headers at
  // all).
  csrf: [settings.cmsUrl],
  cors: [],
})
