'use client'

import { useEffect, useState } from 'react'

import { useDocumentInfo, useFormFields, useLocale, useTranslation } from '@payloadcms/ui'

import { adminStrings, adminDateTime } from '../../cms/i18n'
import { itemSms } from '../../cms/sms/core/itemText'
import { alertShortPath } from '../../site/lib/shortLinks'
import type { ChannelReach, SentReach } from '../reach'

type Reach = {
  willReach: ChannelReach
  reached: { status?: string; startedAt?: string; byChannel: SentReach | null } | null
  siteUrl: string
  cityName: string
  uid: string | null
}

const CHANNELS = ['email', 'push', 'sms'] as const
const value = (fields: Record<string, { value?: unknown }>, path: string) =>
  String(fields[path]?.value ?? '')

/**
 * The officer's view of an alert's reach: before sending, how many confirmed subscribers each
 * channel reaches now; after, what each channel sent, failed, skipped and still holds (refreshed
 * every 3 seconds while anything waits). With it, the text message as it will go in the language
 * being edited: its characters, encoding (GSM-7, or UCS-2 because of accents) and segments.
 */
export const BulletinReach = () => {
  const { id } = useDocumentInfo()
  const fields = useFormFields(([all]) => all as Record<string, { value?: unknown }>)
  const { i18n } = useTranslation()
  const t = adminStrings(i18n.language).bulletin
  const adminLanguage = i18n.language === 'fr' ? 'fr' : 'en'
  const language = useLocale()?.code === 'fr' ? 'fr' : 'en'
  const [reach, setReach] = useState<Reach | null>(null)

  useEffect(() => {
    if (!id) return undefined
    let stop = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const load = async () => {
      const answer = await fetch(`/api/emergency-bulletins/${id}/reach`, {
        credentials: 'include',
      }).catch(() => null)
      if (stop) return
      const next = answer?.ok ? ((await answer.json()) as Reach) : null
      if (next) setReach(next)
      const waiting = CHANNELS.some((c) => (next?.reached?.byChannel?.[c]?.queued ?? 0) > 0)
      timer = setTimeout(load, waiting || !next?.reached ? 3_000 : 15_000)
    }
    void load()
    return () => {
      stop = true
      if (timer) clearTimeout(timer)
    }
  }, [id])

  if (!id) return <p className="bulletin-reach">{t.saveFirst}</p>
  const sms = reach
    ? itemSms(
        {
          title: value(fields, 'headline') || value(fields, 'title'),
          summary: value(fields, 'summary'),
          instruction: value(fields, 'instruction'),
          url: `${reach.siteUrl}${alertShortPath(reach.uid ?? String(id), language)}`,
          emergency: true,
        },
        language,
        reach.cityName,
      )
    : null
  const sent = reach?.reached?.byChannel ?? null
  const retrying = CHANNELS.reduce((n, c) => n + (sent?.[c]?.retrying ?? 0), 0)
  return (
    <section className="bulletin-reach" aria-labelledby="bulletin-reach-title">
      <h2 id="bulletin-reach-title">{t.reach}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.channel}</th>
            <th scope="col">{t.willReach}</th>
            {sent && <th scope="col">{t.reached}</th>}
            {sent && <th scope="col">{t.failed}</th>}
            {sent && <th scope="col">{t.waiting}</th>}
          </tr>
        </thead>
        <tbody>
          {CHANNELS.map((channel) => (
            <tr key={channel}>
              <th scope="row">{t.channels[channel]}</th>
              <td>{reach ? reach.willReach[channel] : '…'}</td>
              {sent && <td>{sent[channel]?.sent ?? 0}</td>}
              {sent && <td>{sent[channel]?.failed ?? 0}</td>}
              {sent && <td>{sent[channel]?.queued ?? 0}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {reach?.reached?.startedAt
          ? t.sentAt(adminDateTime(reach.reached.startedAt, adminLanguage, '', 'long'))
          : t.notSentYet}
        {retrying > 0 ? ` ${t.retrying(retrying)}` : ''}
      </p>
      {sms && (
        <div className="bulletin-reach__sms">
          <h3>{t.smsPreview(t.languageNames[language])}</h3>
          <pre lang={language}>{sms.text}</pre>
          <p>{t.segments(sms.count.units, sms.count.encoding, sms.count.segments)}</p>
          {sms.count.nonGsm.length > 0 && <p>{t.ucs2Because(sms.count.nonGsm.join(' '))}</p>}
          {sms.shortened && <p>{t.shortened}</p>}
        </div>
      )}
    </section>
  )
}
