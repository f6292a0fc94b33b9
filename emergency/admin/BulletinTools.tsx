'use client'

import { useConfig, useDocumentInfo, useForm, useFormFields, useLocale } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { BULLETIN_TEMPLATES, templateValues } from '../core/templates'

/**
 * Above the bulletin form: start a new bulletin from a template (fills CAP's vocabulary and a plain
 * instruction), or, on a live Alert or Update, draft its Update or its all-clear (Cancel) in one step.
 */
export const BulletinTools = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const { dispatchFields, setModified } = useForm()
  const locale = useLocale()
  const router = useRouter()
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
    setMessage(
      `Filled from "${template.label}". Add the area, the times and what happened, then save.`,
    )
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
      return setMessage(answer?.errors?.[0]?.message ?? `Could not draft it (${response.status}).`)
    router.push(`${config.routes.admin}/collections/${collectionSlug}/${answer.doc.id}`)
  }

  return (
    <section className="bulletin-tools" aria-label="Bulletin shortcuts">
      {!live ? (
        <label className="bulletin-tools__template">
          Start from a template
          <select defaultValue="" onChange={(event) => applyTemplate(event.target.value)}>
            <option value="" disabled>
              Choose a common bulletin…
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
          <p>
            This bulletin is live. To change what residents are told, issue a follow-up: it
            references this one.
          </p>
          <button
            type="button"
            className="btn btn--style-secondary btn--size-small"
            disabled={busy}
            onClick={() => followUp('update')}
          >
            Issue an update
          </button>
          <button
            type="button"
            className="btn btn--style-secondary btn--size-small"
            disabled={busy}
            onClick={() => followUp('cancel')}
          >
            All clear (cancel)
          </button>
        </div>
      ) : null}
      {message ? <p role="status">{message}</p> : null}
    </section>
  )
}
