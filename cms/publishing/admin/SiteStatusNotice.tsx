import type { Payload } from 'payload'

import type { SiteStatus } from '../../payload-types'
import { SITE_STATUS } from '../../core/slugs'
import { type MailStatus, mailStatus } from '../../email/outbox/status'

const when = (iso: unknown) =>
  typeof iso === 'string'
    ? new Date(iso).toLocaleString('en-CA', {
        timeZone: 'America/Toronto',
        dateStyle: 'medium',
        timeStyle: 'short',
      })
    : 'never'

/**
 * On the dashboard: the public site's last build. A failure is shown in full, with what to do: the live
 * site stays as it was until a build succeeds.
 */
type Failure = NonNullable<SiteStatus['scheduledFailures']>[number]

/** Scheduled publications, take-downs and alert refreshes that failed: each named, with its error. */
const ScheduledFailures = ({ failures }: { failures: Failure[] }) =>
  failures.length === 0 ? null : (
    <section className="site-status site-status--failed" role="alert">
      <h2>Scheduled work that failed</h2>
      <p>These are tried again every 5 seconds; everything else scheduled went ahead.</p>
      <ul>
        {failures.map((f, i) => (
          <li key={f.id ?? i}>
            {f.step}
            {f.collection ? (
              <>
                {' of '}
                <a href={`/admin/collections/${f.collection}/${f.itemId}`}>
                  {f.title || `${f.collection} ${f.itemId}`}
                </a>
              </>
            ) : null}
            {` at ${when(f.at)}: `}
            <code>{f.error}</code>
          </li>
        ))}
      </ul>
    </section>
  )

/** The mail server as the outbox sees it: an outage is said plainly, with what waits for it. */
const MailNotice = ({ mail }: { mail: MailStatus }) => {
  if (mail.state === 'degraded') {
    return (
      <section className="site-status site-status--failed" role="alert">
        <h2>
          Mail server unreachable since {when(mail.since)}, {mail.queued} messages waiting
        </h2>
        <p>
          Nothing is lost: the messages go out by themselves, emergency first, as soon as the mail
          server answers. Last error: {mail.lastError}
        </p>
      </section>
    )
  }
  return mail.queued > 0 ? (
    <p className="site-status">Mail server reachable; {mail.queued} messages waiting to go.</p>
  ) : null
}

export const SiteStatusNotice = async ({ payload }: { payload: Payload }) => {
  const status = await payload.findGlobal({ slug: SITE_STATUS, overrideAccess: true })
  return (
    <>
      <MailNotice mail={await mailStatus(payload)} />
      <BuildStatus status={status} />
      <ScheduledFailures failures={status.scheduledFailures ?? []} />
    </>
  )
}

const BuildStatus = ({ status }: { status: SiteStatus }) => {
  if (status.state === 'failed') {
    return (
      <section className="site-status site-status--failed" role="alert">
        <h2>The public site did not update</h2>
        <p>
          The build at {when(status.lastAttemptAt)} failed, so residents still see the site from{' '}
          {when(status.lastSuccessAt)}. The next publish or change tries again.
        </p>
        <pre>{String(status.lastError ?? '')}</pre>
      </section>
    )
  }
  return (
    <p className="site-status">
      Public site{' '}
      {status.state === 'ok'
        ? `last built ${when(status.lastSuccessAt)} (${String(status.pages ?? 0)} pages).`
        : 'not built yet.'}
    </p>
  )
}
