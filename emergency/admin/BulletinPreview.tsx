'use client'

import { useFormFields } from '@payloadcms/ui'

const value = (fields: Record<string, { value?: unknown }>, path: string) => fields[path]?.value

const when = (iso: unknown) =>
  typeof iso === 'string' && iso
    ? new Date(iso).toLocaleString('en-CA', {
        timeZone: 'America/Toronto',
        dateStyle: 'long',
        timeStyle: 'short',
      })
    : 'not set'

/**
 * What residents will see, from the form as it stands (saved or not): the banner on every page and the
 * top of the bulletin's page, with the site's colours and words.
 */
export const BulletinPreview = () => {
  const fields = useFormFields(([all]) => all as Record<string, { value?: unknown }>)
  const title = String(value(fields, 'headline') || value(fields, 'title') || 'Headline')
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
    <section className="bulletin-preview" aria-label="Preview for residents">
      <h2 className="bulletin-preview__title">Preview for residents</h2>
      {msgType === 'Cancel' ? (
        <p>
          An all-clear removes the alerts it references from every page; residents see it in past
          bulletins.
        </p>
      ) : (
        <div className={`bulletin-preview__banner bulletin-preview__banner--${level}`}>
          <strong>Emergency alert in effect</strong>
          <br />
          <span className="bulletin-preview__link">{title}</span>
        </div>
      )}
      <div className="bulletin-preview__page">
        <p className="bulletin-preview__meta">{String(value(fields, 'event') ?? '')}</p>
        <p className="bulletin-preview__headline">{title}</p>
        {value(fields, 'instruction') ? (
          <div className="bulletin-preview__notice">
            <strong>What to do</strong>
            <p>{String(value(fields, 'instruction'))}</p>
          </div>
        ) : (
          <p className="bulletin-preview__warning">
            No instruction yet: residents need to know what to do.
          </p>
        )}
        <p>{String(value(fields, 'summary') ?? '')}</p>
        <p className="bulletin-preview__meta">
          Areas: {areas.join('; ') || 'none yet'} · Expires: {when(value(fields, 'expires'))}
        </p>
      </div>
    </section>
  )
}
