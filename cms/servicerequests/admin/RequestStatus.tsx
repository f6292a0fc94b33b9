'use client'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useId, useState } from 'react'

import { requestsAdminStrings, adminDateTime } from '../../i18n'

type Request = {
  reference: string
  state: string
  statusNotes?: string | null
  expectedAt?: string | null
  closingReason?: string | null
}

const STATES = ['new', 'acknowledged', 'assigned', 'in-progress', 'forwarded', 'closed']
const REASONS = ['resolved', 'duplicate', 'not-city', 'cannot-locate']

/**
 * The request's status in its edit view, changed through the same contract scripts use
 * (`POST /api/service-requests/{id}/status`): the server checks the move, records it and emails the
 * followers; the panel only shows what it answered.
 */
export const RequestStatus = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const t = requestsAdminStrings(i18n.language)
  const [doc, setDoc] = useState<Request | null>(null)
  const [state, setState] = useState('')
  const [reason, setReason] = useState('resolved')
  const [duplicateOf, setDuplicateOf] = useState('')
  const [agencies, setAgencies] = useState<{ id: number | string; name: string }[]>([])
  const [agency, setAgency] = useState('')
  const [notes, setNotes] = useState('')
  const [templates, setTemplates] = useState<{ id: number | string; name: string; text: string }[]>(
    [],
  )
  // The chosen template and its filled words: sent as the template while the words are untouched,
  // so each follower gets it in their own language; once edited, the edited words go.
  const [template, setTemplate] = useState<{ id: string; text: string } | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const ids = {
    state: useId(),
    reason: useId(),
    duplicate: useId(),
    notes: useId(),
    agency: useId(),
    template: useId(),
  }
  const base = `${config.serverURL}${config.routes.api}/service-requests/${id}`

  useEffect(() => {
    if (!id) return
    void fetch(`${base}?depth=0`, { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : null))
      .then((found: Request | null) => {
        setDoc(found)
        if (found) setState(found.state === 'closed' ? 'acknowledged' : found.state)
      })
  }, [base, id])

  // The outside agencies a request may be forwarded to (departments marked external).
  useEffect(() => {
    void fetch(
      `${config.serverURL}${config.routes.api}/departments?where[external][equals]=true&depth=0&limit=100`,
      { credentials: 'include' },
    )
      .then((r) => (r.ok ? r.json() : { docs: [] }))
      .then((found: { docs?: { id: number | string; name: string }[] }) => {
        setAgencies(found.docs ?? [])
        if (found.docs?.[0]) setAgency(String(found.docs[0].id))
      })
  }, [config.serverURL, config.routes.api])

  // The status templates that fit the move being prepared, filled in the reporter's language.
  useEffect(() => {
    if (!id || !state) return
    const query = new URLSearchParams({ state })
    if (state === 'closed') query.set('reason', reason)
    if (state === 'forwarded' && agency) query.set('agency', agency)
    void fetch(`${base}/status-templates?${query}`, { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : { templates: [] }))
      .then((found: { templates?: { id: number | string; name: string; text: string }[] }) =>
        setTemplates(found.templates ?? []),
      )
    setTemplate(null)
  }, [base, id, state, reason, agency])

  if (!id) return <p className="workflow-panel__note">{t.saveFirst}</p>
  if (!doc) return <p className="workflow-panel__note">{t.loading}</p>

  // Forwarded: taken back to any open state, or closed. Otherwise forward only, or to an agency.
  const choices =
    doc.state === 'closed'
      ? ['acknowledged']
      : doc.state === 'forwarded'
        ? STATES
        : STATES.slice(STATES.indexOf(doc.state))
  // A button, not a form: the panel sits inside Payload's own edit form, and forms do not nest.
  const submit = async () => {
    setBusy(true)
    setMessage(null)
    const response = await fetch(`${base}/status`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        state,
        ...(state === 'closed' ? { reason } : {}),
        ...(state === 'closed' && reason === 'duplicate' ? { duplicateOf } : {}),
        ...(state === 'forwarded' ? { agency } : {}),
        ...(template && notes === template.text
          ? { template: template.id }
          : notes.trim()
            ? { notes }
            : {}),
      }),
    })
    const answer = await response.json().catch(() => null)
    setBusy(false)
    if (!response.ok) {
      setMessage(t.failed(response.status, answer?.errors?.[0]?.message ?? ''))
      return
    }
    setMessage(t.saved(answer.message, answer.notified))
    setDoc(answer.doc)
    setNotes('')
    setTemplate(null)
  }

  return (
    <section className="workflow-panel" aria-labelledby={`${ids.state}-title`}>
      <h3 id={`${ids.state}-title`}>{t.statusTitle}</h3>
      <p>
        <strong>{t.current}:</strong> {t.states[doc.state] ?? doc.state}
        {doc.closingReason ? ` (${t.reasons[doc.closingReason] ?? doc.closingReason})` : ''}
        {doc.expectedAt && doc.state !== 'closed'
          ? ` · ${t.expected} ${adminDateTime(doc.expectedAt, i18n.language)}`
          : ''}
      </p>
      {doc.statusNotes && <p className="workflow-panel__note">{doc.statusNotes}</p>}
      <div>
        <label htmlFor={ids.state}>{t.newState}</label>{' '}
        <select id={ids.state} value={state} onChange={(e) => setState(e.target.value)}>
          {choices.map((s) => (
            <option key={s} value={s}>
              {t.states[s]}
            </option>
          ))}
        </select>
        {state === 'closed' && (
          <p>
            <label htmlFor={ids.reason}>{t.reason}</label>{' '}
            <select id={ids.reason} value={reason} onChange={(e) => setReason(e.target.value)}>
              {REASONS.map((r) => (
                <option key={r} value={r}>
                  {t.reasons[r]}
                </option>
              ))}
            </select>
          </p>
        )}
        {state === 'closed' && reason === 'duplicate' && (
          <p>
            <label htmlFor={ids.duplicate}>{t.duplicateOf}</label>{' '}
            <input
              id={ids.duplicate}
              value={duplicateOf}
              onChange={(e) => setDuplicateOf(e.target.value)}
              required
            />
          </p>
        )}
        {state === 'forwarded' &&
          (agencies.length ? (
            <p>
              <label htmlFor={ids.agency}>{t.agency}</label>{' '}
              <select id={ids.agency} value={agency} onChange={(e) => setAgency(e.target.value)}>
                {agencies.map((a) => (
                  <option key={String(a.id)} value={String(a.id)}>
                    {a.name}
                  </option>
                ))}
              </select>
            </p>
          ) : (
            <p className="workflow-panel__note">{t.noAgencies}</p>
          ))}
        {templates.length > 0 && (
          <p>
            <label htmlFor={ids.template}>{t.template}</label>{' '}
            <select
              id={ids.template}
              value={template?.id ?? ''}
              onChange={(e) => {
                const chosen = templates.find((x) => String(x.id) === e.target.value)
                setTemplate(chosen ? { id: String(chosen.id), text: chosen.text } : null)
                setNotes(chosen ? chosen.text : '')
              }}
            >
              <option value="">{t.noTemplate}</option>
              {templates.map((x) => (
                <option key={String(x.id)} value={String(x.id)}>
                  {x.name}
                </option>
              ))}
            </select>
          </p>
        )}
        <p>
          <label htmlFor={ids.notes}>{t.notes}</label>
          <textarea
            id={ids.notes}
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
            rows={3}
            maxLength={2000}
            style={{ width: '100%' }}
          />
        </p>
        <button
          type="button"
          className="btn btn--style-primary btn--size-small"
          disabled={
            busy ||
            (state === 'closed' && reason === 'duplicate' && !duplicateOf.trim()) ||
            (state === 'forwarded' && !agency)
          }
          onClick={() => void submit()}
        >
          {t.save}
        </button>
      </div>
      <p role="status">{message}</p>
    </section>
  )
}
