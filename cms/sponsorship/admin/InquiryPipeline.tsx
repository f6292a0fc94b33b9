'use client'

import { useConfig, useDocumentInfo, useFormModified, useTranslation } from '@payloadcms/ui'
import { useEffect, useId, useState } from 'react'

import { ConfirmButtons, postStep, usePanelData } from '../../admin'
import { adminStrings, adminDateTime } from '../../i18n'

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

const when = (iso: string, language: string) => adminDateTime(iso, language)

/**
 * The sponsorship pipeline in an inquiry's sidebar: the state, the reply-by promise, the policy
 * screening and approval, the steps open to this person, and the audit. Everything goes through
 * POST /api/sponsor-inquiries/{id}/pipeline.
 */
export const InquiryPipeline = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const modified = useFormModified()
  const { i18n } = useTranslation()
  const t = adminStrings(i18n.language).sponsorship
  const DUE_TEXT = {
    answered: t.answered,
    overdue: t.overdueState,
    'due-today': t.replyDueToday,
    upcoming: t.replyDue,
  }
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
  if (!options) return <p className="workflow-panel__note">{t.loading}</p>

  const run = async (option: Options['actions'][number]) => {
    if (option.needs && !input.trim())
      return setError(option.needs === 'sector' ? t.giveSector : t.giveReason)
    setBusy(true)
    setError(null)
    const body: Record<string, string> = { action: option.action }
    if (option.needs === 'sector') body.sector = input.trim()
    if (option.needs === 'comment') body.comment = input.trim()
    const { ok, status, answer } = await postStep(base, body)
    setBusy(false)
    if (!ok) return setError(answer?.errors?.[0]?.message ?? t.stepFailed(status))
    window.location.reload()
  }

  return (
    <section className="workflow-panel" aria-labelledby={titleId}>
      <h2 id={titleId} className="workflow-panel__title">
        {t.pipeline}
      </h2>
      <p className="workflow-panel__state">
        <span className="workflow-panel__badge">{options.state}</span>
      </p>
      {options.responseDueAt && options.dueStatus ? (
        <p className={`inquiry-due inquiry-due--${options.dueStatus}`}>
          <strong>{DUE_TEXT[options.dueStatus]}</strong>
          {options.dueStatus === 'answered'
            ? null
            : t.by(when(options.responseDueAt, i18n.language))}
        </p>
      ) : null}
      {options.screening ? (
        <div className="inquiry-screening">
          <p>
            {t.sector}: <strong>{options.screening.sector}</strong>
            {options.screening.needsApproval
              ? options.approvalHolds
                ? t.approved
                : t.needsApproval
              : t.passed}
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
        <p className="workflow-panel__note">{t.notScreened}</p>
      )}
      {modified ? (
        <p className="workflow-panel__note" role="status">
          {t.saveFirst}
        </p>
      ) : null}
      {pending ? (
        <div className="workflow-panel__form" role="group" aria-label={pending.label}>
          <label>
            {pending.needs === 'sector' ? t.sectorLabel : t.reasonLabel}
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
            cancelLabel={adminStrings(i18n.language).cancel}
            busy={busy}
            onConfirm={() => void run(pending)}
            onCancel={() => setPending(null)}
          />
        </div>
      ) : (
        <div className="workflow-panel__buttons">
          {options.actions.length === 0 ? <p className="workflow-panel__note">{t.noStep}</p> : null}
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
      <h3 className="workflow-panel__subtitle">{t.history}</h3>
      {history.length === 0 ? (
        <p className="workflow-panel__note">{t.noHistory}</p>
      ) : (
        <ol className="workflow-panel__history">
          {history.map((entry) => (
            <li key={entry.id}>
              <strong>{entry.action}</strong> {t.actorBy} {entry.actorName},{' '}
              {when(entry.at, i18n.language)}
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
