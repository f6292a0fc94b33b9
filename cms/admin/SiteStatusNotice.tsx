import type { Payload } from 'payload'

import { SITE_STATUS } from '../../collections/SiteStatus'

const when = (iso: unknown) =>
  typeof iso === 'string' ? new Date(iso).toLocaleString('en-CA', { timeZone: 'America/Toronto', dateStyle: 'medium', timeStyle: 'short' }) : 'never'

/**
 * On the dashboard: the public site's last build. A failure is shown in full, with what to do: the live
 * site stays as it was until a build succeeds.
 */
export const SiteStatusNotice = async ({ payload }: { payload: Payload }) => {
  const status = (await payload.findGlobal({ slug: SITE_STATUS as never, overrideAccess: true })) as Record<string, unknown>
  if (status.state === 'failed') {
    return (
      <section className="site-status site-status--failed" role="alert">
        <h2>The public site did not update</h2>
        <p>
          The build at {when(status.lastAttemptAt)} failed, so residents still see the site from {when(status.lastSuccessAt)}. The next
          publish or change tries again.
        </p>
        <pre>{String(status.lastError ?? '')}</pre>
      </section>
    )
  }
  return (
    <p className="site-status">
      Public site {status.state === 'ok' ? `last built ${when(status.lastSuccessAt)} (${String(status.pages ?? 0)} pages).` : 'not built yet.'}
    </p>
  )
}
