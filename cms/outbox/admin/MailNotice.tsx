import type { I18nClient } from '@payloadcms/translations'
import type { Payload } from 'payload'

import { adminStrings, adminDateTime } from '../../i18n'
import { gatewayStatus } from '../status'

/**
 * On the dashboard, above the site's build status: the mail server as the outbox sees it. An outage
 * is said plainly, with what waits for it; otherwise only a backlog is mentioned.
 */
export const MailNotice = async ({ payload, i18n }: { payload: Payload; i18n?: I18nClient }) => {
  const language = i18n?.language ?? 'en'
  const t = adminStrings(language).siteStatus
  const mail = await gatewayStatus(payload, 'email')
  if (mail.state === 'degraded') {
    return (
      <section className="site-status site-status--failed" role="alert">
        <h2>{t.mailDown(adminDateTime(mail.since, language, t.never), mail.queued)}</h2>
        <p>{t.mailDownText(String(mail.lastError ?? ''))}</p>
      </section>
    )
  }
  return mail.queued > 0 ? <p className="site-status">{t.mailWaiting(mail.queued)}</p> : null
}
