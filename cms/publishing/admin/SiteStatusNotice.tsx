import type { I18nClient } from '@payloadcms/translations'
import type { Payload } from 'payload'

import type { SiteStatus } from '../../payload-types'
import { SITE_STATUS } from '../../core/slugs'
import { type AdminCatalogue, adminStrings, adminDateTime } from '../../i18n'

type Words = AdminCatalogue['siteStatus']

const when = (iso: unknown, t: Words, language: string) => adminDateTime(iso, language, t.never)

/**
 * On the dashboard: the public site's last build. A failure is shown in full, with what to do: the
 * live site stays as it was until a build succeeds.
 */
type Failure = NonNullable<SiteStatus['scheduledFailures']>[number]

/**
 * Scheduled publications, take-downs and alert refreshes that failed: each named, with its error.
 */
const ScheduledFailures = ({
  failures,
  t,
  language,
}: {
  failures: Failure[]
  t: Words
  language: string
}) =>
  failures.length === 0 ? null : (
    <section className="site-status site-status--failed" role="alert">
      <h2>{t.failedWork}</h2>
      <p>{t.retried}</p>
      <ul>
        {failures.map((f, i) => (
          <li key={f.id ?? i}>
            {f.step}
            {f.collection ? (
              <>
                {` ${t.of} `}
                <a href={`/admin/collections/${f.collection}/${f.itemId}`}>
                  {f.title || `${f.collection} ${f.itemId}`}
                </a>
              </>
            ) : null}
            {` ${t.at(when(f.at, t, language))}: `}
            <code>{f.error}</code>
          </li>
        ))}
      </ul>
    </section>
  )

export const SiteStatusNotice = async ({
  payload,
  i18n,
}: {
  payload: Payload
  i18n?: I18nClient
}) => {
  const status = await payload.findGlobal({ slug: SITE_STATUS, overrideAccess: true })
  const language = i18n?.language ?? 'en'
  const t = adminStrings(language).siteStatus
  return (
    <>
      <BuildStatus status={status} t={t} language={language} />
      <ScheduledFailures failures={status.scheduledFailures ?? []} t={t} language={language} />
    </>
  )
}

const BuildStatus = ({
  status,
  t,
  language,
}: {
  status: SiteStatus
  t: Words
  language: string
}) => {
  if (status.state === 'failed') {
    return (
      <section className="site-status site-status--failed" role="alert">
        <h2>{t.notUpdated}</h2>
        <p>
          {t.failedText(
            when(status.lastAttemptAt, t, language),
            when(status.lastSuccessAt, t, language),
          )}
        </p>
        <pre>{String(status.lastError ?? '')}</pre>
      </section>
    )
  }
  return (
    <p className="site-status">
      {status.state === 'ok'
        ? t.built(when(status.lastSuccessAt, t, language), Number(status.pages ?? 0))
        : t.notBuilt}
    </p>
  )
}
