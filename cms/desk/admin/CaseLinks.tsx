'use client'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useId, useState } from 'react'

import { adminDateTime, deskAdminStrings } from '../../i18n'
import { postStep } from './postStep'

type Brief = { id: string | number; reference: string; subject: string | null }
type Links = {
  mergedInto: Brief | null
  mergedFrom: Brief[]
  possibleDuplicate: (Brief & { receivedAt: string | null }) | null
  cases: (Brief & { state: string })[]
  requests: { id: string | number; reference: string; state: string; address: string | null }[]
  history: {
    at: string
    case: string | null
    action: string
    actorName: string | null
    details: string | null
  }[]
}

/**
 * What the case is joined to, at the top of its page: the case it was merged into, a possible
 * duplicate with its one-click merge, the linked cases and 311 requests, the forms to merge or link
 * by reference, and the history (with that of the cases merged into it).
 */
export const CaseLinks = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const t = deskAdminStrings(i18n.language)
  const [links, setLinks] = useState<Links | null>(null)
  const [target, setTarget] = useState('')
  const [status, setStatus] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const formId = useId()
  const api = `${config.serverURL}${config.routes.api}/correspondence`
  const admin = `${config.serverURL}${config.routes.admin}/collections`

  useEffect(() => {
    if (!id) return
    void fetch(`${api}/${id}/links`, { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : null))
      .then(setLinks)
  }, [api, id])

  if (!id || !links) return null

  const post = async (step: string, body: Record<string, unknown>) => {
    setBusy(true)
    setStatus(null)
    const answer = await postStep<{ message: string }>(`${api}/${id}`, step, body)
    setBusy(false)
    if (!answer.ok) return setStatus(t.failed(answer.status, answer.error.message))
    setStatus(answer.body.message)
    window.location.reload()
  }
  const caseLink = (c: Brief) => <a href={`${admin}/correspondence/${c.id}`}>{c.reference}</a>
  const reference = target.trim().toUpperCase()
  const isRequest = /^SR-/.test(reference)

  return (
    <section className="desk-links" aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>{t.linksTitle}</h2>
      {links.mergedInto ? (
        <p role="note">
          <strong>{t.mergedInto}</strong> {caseLink(links.mergedInto)}
        </p>
      ) : null}
      {links.possibleDuplicate ? (
        <div role="note" className="desk-links__duplicate">
          <p>
            <strong>{t.possibleDuplicate}</strong> {caseLink(links.possibleDuplicate)}
            {links.possibleDuplicate.subject ? ` (${links.possibleDuplicate.subject})` : ''}
          </p>
          <button
            type="button"
            className="btn btn--style-primary btn--size-small"
            disabled={busy}
            onClick={() => post('merge', { into: links.possibleDuplicate!.id })}
          >
            {t.mergeInto(links.possibleDuplicate.reference)}
          </button>
        </div>
      ) : null}
      {links.mergedFrom.length ? (
        <p>
          {t.mergedFrom}{' '}
          {links.mergedFrom.map((c, i) => (
            <span key={c.id}>
              {i ? ', ' : ''}
              {caseLink(c)}
            </span>
          ))}
        </p>
      ) : null}
      {links.cases.length || links.requests.length ? (
        <ul>
          {links.cases.map((c) => (
            <li key={`c${c.id}`}>
              {t.linkedCase} {caseLink(c)} ({t.states[c.state] ?? c.state})
              {c.subject ? `: ${c.subject}` : ''}
            </li>
          ))}
          {links.requests.map((r) => (
            <li key={`r${r.id}`}>
              {t.linkedRequest} <a href={`${admin}/service-requests/${r.id}`}>{r.reference}</a> (
              {r.state}){r.address ? `: ${r.address}` : ''}
            </li>
          ))}
        </ul>
      ) : null}
      {!links.mergedInto ? (
        <div className="desk-links__form">
          <label htmlFor={`${formId}-target`}>{t.linkLabel}</label>{' '}
          <input
            id={`${formId}-target`}
            value={target}
            onChange={(e) => setTarget(e.target.value)}
            placeholder="C-2026-000123 / SR-2026-000123"
            aria-describedby={`${formId}-hint`}
          />{' '}
          <button
            type="button"
            className="btn btn--style-secondary btn--size-small"
            disabled={busy || !reference}
            onClick={() => post('link', isRequest ? { request: reference } : { case: reference })}
          >
            {t.link}
          </button>{' '}
          <button
            type="button"
            className="btn btn--style-secondary btn--size-small"
            disabled={busy || !reference || isRequest}
            onClick={() => post('merge', { into: reference })}
          >
            {t.merge}
          </button>
          <p id={`${formId}-hint`} className="field-description">
            {t.linkHint}
          </p>
        </div>
      ) : null}
      {status ? <p role="alert">{status}</p> : null}
      {links.history.length ? (
        <details>
          <summary>{t.history(links.history.length)}</summary>
          <ol>
            {links.history.map((h, i) => (
              <li key={i}>
                {adminDateTime(h.at, i18n.language)} · {h.case} · {h.action}
                {h.actorName ? ` · ${h.actorName}` : ''}
                {h.details ? `: ${h.details}` : ''}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  )
}
