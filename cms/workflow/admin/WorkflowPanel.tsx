'use client'

import { useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useId, useState } from 'react'

import { ConfirmButtons } from '../../admin/ConfirmButtons'
import { postStep, usePanelData } from '../../admin/usePanelData'
import { ACTION_LABELS, type WorkflowAction } from '../core/actions'
import type { ActionOption } from '../core/machine'
import { STATE_LABELS, type WorkflowState } from '../core/states'

type Options = {
  state: WorkflowState
  live: WorkflowState | null
  hasPendingEdits: boolean
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

const when = (iso: string) =>
  new Date(iso).toLocaleString('en-CA', { dateStyle: 'medium', timeStyle: 'short' })

/**
 * The workflow in the document sidebar: where the item stands, what this person may do now (buttons),
 * why the other actions are unavailable, and the history. Actions needing a comment or a time open a
 * small form first. Everything goes through POST /api/{slug}/{id}/workflow.
 */
export const WorkflowPanel = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const modified = useFormModified()
  const [pending, setPending] = useState<WorkflowAction | null>(null)
  const [comment, setComment] = useState('')
  const [publishAt, setPublishAt] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [blocked, setBlocked] = useState<{
    action: WorkflowAction
    findings: { message: string }[]
  } | null>(null)
  const [overrideReason, setOverrideReason] = useState('')
  const [busy, setBusy] = useState(false)
  const formId = useId()
  const base = `${config.serverURL}${config.routes.api}/${collectionSlug}/${id}/workflow`

  const { options, history } = usePanelData<Options, Entry>(base, Boolean(id))

  if (!id)
    return <p className="workflow-panel__note">Save the draft to start the review workflow.</p>
  if (!options) return <p className="workflow-panel__note">Loading workflow…</p>

  const run = async (action: WorkflowAction, override?: string) => {
    setBusy(true)
    setError(null)
    const body: Record<string, string> = { action }
    if (comment.trim()) body.comment = comment.trim()
    if (publishAt) body.publishAt = new Date(publishAt).toISOString()
    if (override) body.overrideReason = override
    const { ok, status, answer } = await postStep(base, body)
    setBusy(false)
    if (!ok) {
      setError(answer?.errors?.[0]?.message ?? `The action failed (${status}).`)
      if (status === 422 && Array.isArray(answer?.findings))
        setBlocked({ action, findings: answer.findings })
      return
    }
    // The form below shows the document as loaded; reload so every field reflects the new state.
    window.location.reload()
  }

  const start = (option: ActionOption) => {
    setError(null)
    setComment('')
    setPublishAt('')
    if (
      option.needsComment ||
      option.needsPublishAt ||
      option.action === 'request-changes' ||
      option.action === 'approve'
    )
      setPending(option.action)
    else void run(option.action)
  }

  const confirm = (option: ActionOption) => {
    if (option.needsPublishAt && !publishAt) return setError('Choose the date and time to publish.')
    if (option.needsComment && !comment.trim())
      return setError(
        option.action === 'withdraw'
          ? 'Give the public reason for withdrawing.'
          : 'A comment is required.',
      )
    void run(option.action)
  }

  const allowed = options.actions.filter((option) => option.allowed)
  const refused = options.actions.filter((option) => !option.allowed)
  const chosen = options.actions.find((option) => option.action === pending)

  return (
    <section className="workflow-panel" aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`} className="workflow-panel__title">
        Workflow
      </h2>
      <p className="workflow-panel__state">
        <span className={`workflow-panel__badge workflow-panel__badge--${options.state}`}>
          {STATE_LABELS[options.state]}
        </span>
        {options.live && options.hasPendingEdits ? (
          <span> · live version: {STATE_LABELS[options.live]}</span>
        ) : null}
      </p>
      {options.publishAt && options.state === 'scheduled' ? (
        <p>Goes live {when(options.publishAt)}.</p>
      ) : null}
      {modified ? (
        <p className="workflow-panel__note" role="status">
          Save your changes before taking a workflow action.
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
              Publish at
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
              ? 'Public reason (shown on the page)'
              : chosen.needsComment
                ? 'Comment (required)'
                : 'Comment (optional)'}
            <textarea
              rows={3}
              aria-required={chosen.needsComment}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
            />
          </label>
          <ConfirmButtons
            label={ACTION_LABELS[chosen.action]}
            busy={busy}
            onConfirm={() => confirm(chosen)}
            onCancel={() => setPending(null)}
          />
        </div>
      ) : (
        <div className="workflow-panel__buttons">
          {allowed.length === 0 ? (
            <p className="workflow-panel__note">No workflow action is open to you now.</p>
          ) : null}
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
        <div className="workflow-panel__form" role="group" aria-label="Accessibility problems">
          <ul>
            {blocked.findings.map((finding, index) => (
              <li key={index}>{finding.message}</li>
            ))}
          </ul>
          <label>
            Approvers only: reason to go ahead anyway (recorded in the history)
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
            Go ahead with this reason
          </button>
        </div>
      ) : null}

      {refused.length > 0 ? (
        <details className="workflow-panel__why">
          <summary>Why other actions are unavailable</summary>
          <ul>
            {refused.map((option) => (
              <li key={option.action}>
                <strong>{ACTION_LABELS[option.action]}:</strong> {option.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}

      <h3 className="workflow-panel__subtitle">History</h3>
      {history.length === 0 ? (
        <p className="workflow-panel__note">No workflow actions yet.</p>
      ) : (
        <ol className="workflow-panel__history">
          {history.map((entry) => (
            <li key={entry.id}>
              <strong>{ACTION_LABELS[entry.action as WorkflowAction] ?? entry.action}</strong> by{' '}
              {entry.actorName}, {when(entry.createdAt)}
              <br />
              {STATE_LABELS[entry.fromState]} → {STATE_LABELS[entry.toState]}
              {entry.comment ? <blockquote>{entry.comment}</blockquote> : null}
              {entry.accessibilityOverride ? (
                <blockquote>Accessibility override: {entry.accessibilityOverride}</blockquote>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
