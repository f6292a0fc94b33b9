'use client'

import { useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useEffect, useId, useState } from 'react'

import { ConfirmButtons } from '../../admin/ConfirmButtons'
import { postStep, usePanelData } from '../../admin/usePanelData'

type Screening = {
  sector: string
  value: number | null
  excluded: boolean
  needsApproval: boolean
  reasons: string[]
}
type Options = {
  state: string
  screening: Screening | null
  approval: { sector?: string; value?: number; reason?: string; approvedAt?: string } | null
  approvalHolds: boolean | null
  responseDueAt: string | null
  dueStatus: 'answered' | 'overdue' | 'due-today' | 'upcoming' | null
  actions: { action: string; label: string; needs: 'sector' | 'comment' | null }[]
}
type Entry = {
  id: string
  action: string
  fromState: string
  toState: string
  actorName: string
  comment?: string | null
  details?: string | null
  at: string
}

const when = (iso: string) =>
  new Date(iso).toLocaleString('en-CA', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'America/Toronto',
  })
const DUE_TEXT = {
  answered: 'Answered',
  overdue: 'Overdue',
  'due-today': 'Reply due today',
  upcoming: 'Reply due',
} as const

/**
 * The sponsorship pipeline in an inquiry's sidebar: the state, the reply-by promise, the policy screening
 * and approval, the steps open to this person, and the audit. Everything goes through
 * POST /api/sponsor-inquiries/{id}/pipeline.
 */
export const InquiryPipeline = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const modified = useFormModified()
  const [pending, setPending] = useState<Options['actions'][number] | null>(null)
  const [input, setInput] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [sectors, setSectors] = useState<string[]>([])
  const titleId = useId()
  const base = `${config.serverURL}${config.routes.api}/sponsor-inquiries/${id}/pipeline`

  const { options, history } = usePanelData<Options, Entry>(base, Boolean(id))

  // The screening step offers the policy's sectors to choose from.
  useEffect(() => {
    if (!id) return
    void fetch(`${config.serverURL}${config.routes.api}/globals/sponsorship-policy?depth=0`, {
      credentials: 'include',
    })
      .then((r) => (r.ok ? r.json() : {}))
      .then((policy: { sectors?: { name: string }[] }) =>
        setSectors(Array.isArray(policy.sectors) ? policy.sectors.map((s) => s.name) : []),
      )
  }, [id, config.serverURL, config.routes.api])

  if (!id) return null
  if (!options) return <p className="workflow-panel__note">Loading the pipeline…</p>

  const run = async (option: Options['actions'][number]) => {
    if (option.needs && !input.trim())
      return setError(
        option.needs === 'sector'
          ? "Give the sponsor's sector."
          : 'Give a reason; it is kept in the audit.',
      )
    setBusy(true)
    setError(null)
    const body: Record<string, string> = { action: option.action }
    if (option.needs === 'sector') body.sector = input.trim()
    if (option.needs === 'comment') body.comment = input.trim()
    const { ok, status, answer } = await postStep(base, body)
    setBusy(false)
    if (!ok) return setError(answer?.errors?.[0]?.message ?? `The step failed (${status}).`)
    window.location.reload()
  }

  return (
    <section className="workflow-panel" aria-labelledby={titleId}>
      <h2 id={titleId} className="workflow-panel__title">
        Pipeline
      </h2>
      <p className="workflow-panel__state">
        <span className="workflow-panel__badge">{options.state}</span>
      </p>
      {options.responseDueAt && options.dueStatus ? (
        <p className={`inquiry-due inquiry-due--${options.dueStatus}`}>
          <strong>{DUE_TEXT[options.dueStatus]}</strong>
          {options.dueStatus === 'answered' ? null : <> by {when(options.responseDueAt)}</>}
        </p>
      ) : null}
      {options.screening ? (
        <div className="inquiry-screening">
          <p>
            Sector: <strong>{options.screening.sector}</strong>
            {options.screening.needsApproval
              ? options.approvalHolds
                ? ' — approved by a communications manager'
                : ' — needs a communications manager’s approval'
              : ' — passed screening'}
          </p>
          {options.screening.reasons.length ? (
            <ul>
              {options.screening.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : (
        <p className="workflow-panel__note">Not screened against the sponsorship policy yet.</p>
      )}
      {modified ? (
        <p className="workflow-panel__note" role="status">
          Save your changes before taking a step.
        </p>
      ) : null}
      {pending ? (
        <div className="workflow-panel__form" role="group" aria-label={pending.label}>
          <label>
            {pending.needs === 'sector'
              ? 'Sector (from the sponsorship policy list)'
              : 'Reason (kept in the audit)'}
            <input
              type="text"
              value={input}
              onChange={(e) => setInput(e.target.value)}
              aria-required="true"
              list={pending.needs === 'sector' ? `${titleId}-sectors` : undefined}
            />
          </label>
          <datalist id={`${titleId}-sectors`}>
            {sectors.map((sector) => (
              <option key={sector} value={sector} />
            ))}
          </datalist>
          <ConfirmButtons
            label={pending.label}
            busy={busy}
            onConfirm={() => void run(pending)}
            onCancel={() => setPending(null)}
          />
        </div>
      ) : (
        <div className="workflow-panel__buttons">
          {options.actions.length === 0 ? (
            <p className="workflow-panel__note">No step is open to you now.</p>
          ) : null}
          {options.actions.map((option) => (
            <button
              key={option.action}
              type="button"
              className="btn btn--style-primary btn--size-small"
              disabled={busy || modified}
              onClick={() => {
                setError(null)
                setInput(option.needs === 'sector' ? (options.screening?.sector ?? '') : '')
                if (option.needs) setPending(option)
                else void run(option)
              }}
            >
              {option.label}
            </button>
          ))}
        </div>
      )}
      {error ? (
        <p className="workflow-panel__error" role="alert">
          {error}
        </p>
      ) : null}
      <h3 className="workflow-panel__subtitle">History</h3>
      {history.length === 0 ? (
        <p className="workflow-panel__note">No steps yet.</p>
      ) : (
        <ol className="workflow-panel__history">
          {history.map((entry) => (
            <li key={entry.id}>
              <strong>{entry.action}</strong> by {entry.actorName}, {when(entry.at)}
              <br />
              {entry.fromState} → {entry.toState}
              {entry.details ? <blockquote>{entry.details}</blockquote> : null}
              {entry.comment ? <blockquote>{entry.comment}</blockquote> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
