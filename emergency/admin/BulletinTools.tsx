'use client'

import {
  useConfig,
  useDocumentInfo,
  useForm,
  useFormFields,
  useLocale,
  useTranslation,
} from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { BULLETIN_TEMPLATES, templateValues } from '../core/templates'
import { adminStrings } from '../../cms/i18n'

/**
 * Above the bulletin form: start a new bulletin from a template (fills CAP's vocabulary and a plain
 * instruction), or, on a live Alert or Update, draft its Update or its all-clear (Cancel) in one
 * step.
 */
export const BulletinTools = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const { dispatchFields, setModified } = useForm()
  const locale = useLocale()
  const router = useRouter()
  const { i18n } = useTranslation()
  const t = adminStrings(i18n.language).bulletin
  const state = useFormFields(([fields]) => fields.workflowState?.value as string | undefined)
  const msgType = useFormFields(([fields]) => fields.msgType?.value as string | undefined)
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const live = state === 'published' || state === 'published_needs_review'
  const lang = locale?.code === 'fr' ? 'fr' : 'en'

  const applyTemplate = (templateId: string) => {
    const template = BULLETIN_TEMPLATES.find((t) => t.id === templateId)
    if (!template) return
    for (const [path, value] of Object.entries(templateValues(template, lang)))
      dispatchFields({ type: 'UPDATE', path, value })
    setModified(true)
    setMessage(t.filled(template.label))
  }

  const followUp = async (kind: 'update' | 'cancel') => {
    setBusy(true)
    const response = await fetch(
      `${config.serverURL}${config.routes.api}/${collectionSlug}/${id}/follow-up`,
      {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ kind }),
      },
    )
    const answer = await response.json().catch(() => null)
    setBusy(false)
    if (!response.ok)
      return setMessage(answer?.errors?.[0]?.message ?? t.couldNotDraft(response.status))
    router.push(`${config.routes.admin}/collections/${collectionSlug}/${answer.doc.id}`)
  }

  return (
    <section className="bulletin-tools" aria-label={t.shortcuts}>
      {!live ? (
        <label className="bulletin-tools__template">
          {t.template}
          <select defaultValue="" onChange={(event) => applyTemplate(event.target.value)}>
            <option value="" disabled>
              {t.chooseTemplate}
            </option>
            {BULLETIN_TEMPLATES.map((template) => (
              <option key={template.id} value={template.id}>
                {template.label}
              </option>
            ))}
          </select>
        </label>
      ) : msgType !== 'Cancel' ? (
        <div className="bulletin-tools__followups">
          <p>{t.live}</p>
          <button
            type="button"
            className="btn btn--style-secondary btn--size-small"
            disabled={busy}
            onClick={() => followUp('update')}
          >
            {t.update}
          </button>
          <button
            type="button"
            className="btn btn--style-secondary btn--size-small"
            disabled={busy}
            onClick={() => followUp('cancel')}
          >
            {t.cancel}
          </button>
        </div>
      ) : null}
      {message ? <p role="status">{message}</p> : null}
    </section>
  )
}
