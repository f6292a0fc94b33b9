'use client'

import { useFormFields, useLocale, useTranslation } from '@payloadcms/ui'

import { adminStrings, adminDateTime } from '../../cms/i18n'
import { strings, type Language } from '../../site/lib/i18n'

const value = (fields: Record<string, { value?: unknown }>, path: string) => fields[path]?.value

const when = (iso: unknown, language: Language, notSet: string) =>
  adminDateTime(iso, language, notSet, 'long')

/**
 * What residents will see, from the form as it stands (saved or not): the banner on every page and
 * the top of the bulletin's page, with the site's colours and words, in the language being edited.
 */
export const BulletinPreview = () => {
  const fields = useFormFields(([all]) => all as Record<string, { value?: unknown }>)
  const { i18n } = useTranslation()
  const t = adminStrings(i18n.language).bulletin
  // The public words come from the site's catalogue, in the language of the text being edited.
  const language = useLocale()?.code === 'fr' ? 'fr' : 'en'
  const site = strings(language)
  const title = String(value(fields, 'headline') || value(fields, 'title') || t.headline)
  const severity = String(value(fields, 'severity') ?? 'Unknown')
  const level =
    severity === 'Extreme' || severity === 'Severe'
      ? 'severe'
      : severity === 'Moderate'
        ? 'moderate'
        : 'minor'
  const rows = Number(value(fields, 'areas') ?? 0)
  const areas = Array.from({ length: Number.isFinite(rows) ? rows : 0 }, (_, i) =>
    String(value(fields, `areas.${i}.areaDesc`) ?? ''),
  ).filter(Boolean)
  const msgType = String(value(fields, 'msgType') ?? 'Alert')
  return (
    <section className="bulletin-preview" aria-label={t.preview}>
      <h2 className="bulletin-preview__title">{t.preview}</h2>
      {msgType === 'Cancel' ? (
        <p>{t.previewCancel}</p>
      ) : (
        <div className={`bulletin-preview__banner bulletin-preview__banner--${level}`}>
          <strong lang={language}>{site.banner.one}</strong>
          <br />
          <span className="bulletin-preview__link">{title}</span>
        </div>
      )}
      <div className="bulletin-preview__page">
        <p className="bulletin-preview__meta">{String(value(fields, 'event') ?? '')}</p>
        <p className="bulletin-preview__headline">{title}</p>
        {value(fields, 'instruction') ? (
          <div className="bulletin-preview__notice">
            <strong lang={language}>{site.emergency.whatToDo}</strong>
            <p>{String(value(fields, 'instruction'))}</p>
          </div>
        ) : (
          <p className="bulletin-preview__warning">{t.noInstruction}</p>
        )}
        <p>{String(value(fields, 'summary') ?? '')}</p>
        <p className="bulletin-preview__meta">
          {t.areas}: {areas.join('; ') || t.noAreas} · {t.expires}:{' '}
          {when(value(fields, 'expires'), i18n.language === 'fr' ? 'fr' : 'en', t.notSet)}
        </p>
      </div>
    </section>
  )
}
