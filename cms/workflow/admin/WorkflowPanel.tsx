'use client'

import { useConfig, useDocumentInfo, useFormModified, useTranslation } from '@payloadcms/ui'
import { useId, useState } from 'react'

import { ConfirmButtons, postStep, usePanelData } from '../../admin'
import type { WorkflowAction } from '../core/actions'
import type { ActionOption } from '../core/machine'
import type { WorkflowState } from '../core/states'
import { adminStrings, adminDateTime } from '../../i18n'

type Options = {
  state: WorkflowState
  live: WorkflowState | null
  hasPendingEdits: boolean
  everPublished?: boolean
  publishAt: string | null
  actions: ActionOption[]
}
type Entry = {
  id: string
  action: string
  fromState: WorkflowState
  toState: WorkflowState
  actorName: string
  comment?: string | null
  accessibilityOverride?: string | null
  createdAt: string
}

const when = (iso: string, language: string) => adminDateTime(iso, language)

/**
 * The workflow in the document sidebar: where the item stands, what this person may do now
 * (buttons), why the other actions are unavailable, and the history. Actions needing a comment or a
 * time open a small form first. Everything goes through POST /api/{slug}/{id}/workflow.
 */
export const WorkflowPanel = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const modified = useFormModified()
  const { i18n } = useTranslation()
  const t = adminStrings(i18n.language)
  const w = t.workflow
  const ACTION_LABELS = t.actions
  const STATE_LABELS = t.states
  const [pending, setPending] = useState<WorkflowAction | null>(null)
  const [comment, setComment] = useState('')
  const [publishAt, setPublishAt] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [blocked, setBlocked] = useState<{
    action: WorkflowAction
    findings: { message: string }[]
  } | null>(null)
  const [overrideReason, setOverrideReason] = useState('')
  const [changeNote, setChangeNote] = useState('')
  const [changeNoteFr, setChangeNoteFr] = useState('')
  const [notify, setNotify] = useState(false)
  const [busy, setBusy] = useState(false)
  const formId = useId()
  const base = `${config.serverURL}${config.routes.api}/${collectionSlug}/${id}/workflow`

  const { options, history } = usePanelData<Options, Entry>(base, Boolean(id))

  if (!id) return <p className="workflow-panel__note">{w.saveFirst}</p>
  if (!options) return <p className="workflow-panel__note">{w.loading}</p>

  const run = async (action: WorkflowAction, override?: string) => {
    setBusy(true)
    setError(null)
    const body: Record<string, string> = { action }
    if (comment.trim()) body.comment = comment.trim()
    if (publishAt) body.publishAt = new Date(publishAt).toISOString()
    if (override) body.overrideReason = override
    if (publishesEdit(action)) {
      if (changeNote.trim()) body.changeNote = changeNote.trim()
      if (changeNoteFr.trim()) body.changeNoteFr = changeNoteFr.trim()
      if (notify) body.notify = 'true'
    }
    const { ok, status, answer } = await postStep(base, body)
    setBusy(false)
    if (!ok) {
      setError(answer?.errors?.[0]?.message ?? w.failed(status))
      if (status === 422 && Array.isArray(answer?.findings))
        setBlocked({ action, findings: answer.findings })
      return
    }
    // The form below shows the document as loaded; reload so every field reflects the new state.
    window.location.reload()
  }

  const publishesEdit = (action: WorkflowAction) =>
    options.everPublished && (action === 'publish' || action === 'urgent-publish')

  const start = (option: ActionOption) => {
    setError(null)
    setComment('')
    setPublishAt('')
    setChangeNote('')
    setChangeNoteFr('')
    setNotify(false)
    if (
      publishesEdit(option.action) ||
      option.needsComment ||
      option.needsPublishAt ||
      option.action === 'request-changes' ||
      option.action === 'approve'
    )
      setPending(option.action)
    else void run(option.action)
  }

  const confirm = (option: ActionOption) => {
    if (option.needsPublishAt && !publishAt) return setError(w.chooseTime)
    if (option.needsComment && !comment.trim())
      return setError(option.action === 'withdraw' ? w.giveReason : w.commentRequired)
    void run(option.action)
  }

  const allowed = options.actions.filter((option) => option.allowed)
  const refused = options.actions.filter((option) => !option.allowed)
  const chosen = options.actions.find((option) => option.action === pending)

  return (
    <section className="workflow-panel" aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`} className="workflow-panel__title">
        {w.title}
      </h2>
      <p className="workflow-panel__state">
        <span className={`workflow-panel__badge workflow-panel__badge--${options.state}`}>
          {STATE_LABELS[options.state]}
        </span>
        {options.live && options.hasPendingEdits ? (
          <span>
            {' '}
            · {w.liveVersion}: {STATE_LABELS[options.live]}
          </span>
        ) : null}
      </p>
      {options.publishAt && options.state === 'scheduled' ? (
        <p>{w.goesLive(when(options.publishAt, i18n.language))}</p>
      ) : null}
      {modified ? (
        <p className="workflow-panel__note" role="status">
          {w.saveBeforeAction}
        </p>
      ) : null}

      {chosen ? (
        // Not a <form>: the panel sits inside Payload's document form, and a nested form's submit
        // would also submit (save) the document.
        <div
          className="workflow-panel__form"
          role="group"
          aria-label={ACTION_LABELS[chosen.action]}
        >
          {chosen.needsPublishAt ? (
            <label>
              {w.publishAt}
              <input
                type="datetime-local"
                required
                aria-required="true"
                value={publishAt}
                onChange={(e) => setPublishAt(e.target.value)}
              />
            </label>
          ) : null}
          <label>
            {chosen.action === 'withdraw'
              ? w.publicReason
              : chosen.needsComment
                ? w.commentRequiredLabel
                : w.commentOptional}
            <textarea
              rows={3}
              aria-required={chosen.needsComment}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
            />
          </label>
          {publishesEdit(chosen.action) ? (
            <>
              <label>
                {w.changeNote}
                <textarea
                  rows={2}
                  maxLength={500}
                  value={changeNote}
                  onChange={(e) => setChangeNote(e.target.value)}
                />
              </label>
              <label>
                {w.changeNoteFr}
                <textarea
                  rows={2}
                  maxLength={500}
                  lang="fr-CA"
                  value={changeNoteFr}
                  onChange={(e) => setChangeNoteFr(e.target.value)}
                />
              </label>
              <label>
                <input
                  type="checkbox"
                  checked={notify}
                  onChange={(e) => setNotify(e.target.checked)}
                />{' '}
                {w.notifySubscribers}
              </label>
            </>
          ) : null}
          <ConfirmButtons
            label={ACTION_LABELS[chosen.action]}
            cancelLabel={t.cancel}
            busy={busy}
            onConfirm={() => confirm(chosen)}
            onCancel={() => setPending(null)}
          />
        </div>
      ) : (
        <div className="workflow-panel__buttons">
          {allowed.length === 0 ? <p className="workflow-panel__note">{w.noneOpen}</p> : null}
          {allowed.map((option) => (
            <button
              key={option.action}
              type="button"
              className="btn btn--style-primary btn--size-small"
              disabled={busy || modified}
              onClick={() => start(option)}
            >
              {ACTION_LABELS[option.action]}
            </button>
          ))}
        </div>
      )}
      {error ? (
        <p className="workflow-panel__error" role="alert">
          {error}
        </p>
      ) : null}
      {blocked ? (
        <div className="workflow-panel__form" role="group" aria-label={w.accessibilityProblems}>
          <ul>
            {blocked.findings.map((finding, index) => (
              <li key={index}>{finding.message}</li>
            ))}
          </ul>
          <label>
            {w.overrideLabel}
            <textarea
              rows={2}
              value={overrideReason}
              onChange={(e) => setOverrideReason(e.target.value)}
            />
          </label>
          <button
            type="button"
            className="btn btn--style-secondary btn--size-small"
            disabled={busy || !overrideReason.trim()}
            onClick={() => void run(blocked.action, overrideReason.trim())}
          >
            {w.overrideButton}
          </button>
        </div>
      ) : null}

      {refused.length > 0 ? (
        <details className="workflow-panel__why">
          <summary>{w.whyUnavailable}</summary>
          <ul>
            {refused.map((option) => (
              <li key={option.action}>
                <strong>{ACTION_LABELS[option.action]}:</strong> {option.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}

      <h3 className="workflow-panel__subtitle">{w.history}</h3>
      {history.length === 0 ? (
        <p className="workflow-panel__note">{w.noHistory}</p>
      ) : (
        <ol className="workflow-panel__history">
          {history.map((entry) => (
            <li key={entry.id}>
              <strong>{ACTION_LABELS[entry.action as WorkflowAction] ?? entry.action}</strong>{' '}
              {w.by} {entry.actorName}, {when(entry.createdAt, i18n.language)}
              <br />
              {STATE_LABELS[entry.fromState]} → {STATE_LABELS[entry.toState]}
              {entry.comment ? <blockquote>{entry.comment}</blockquote> : null}
              {entry.accessibilityOverride ? (
                <blockquote>
                  {w.override}: {entry.accessibilityOverride}
                </blockquote>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
