'use client'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useId, useState } from 'react'

import { deskAdminStrings, adminDateTime } from '../../i18n'
import { MacroPicker } from './MacroPicker'
import { postStep } from './postStep'
import { usePresence } from './usePresence'

type Message = {
  id: string
  direction: string
  at: string
  authorName?: string | null
  fromAddress?: string | null
  subject?: string | null
  body?: string | null
  attachments?: { id: string; filename?: string; url?: string }[] | null
}
type Case = {
  state: string
  responseDueAt?: string | null
  firstRespondedAt?: string | null
  standardMet?: boolean | null
  email?: string | null
}
type Check = {
  findings: { rule: string; message: string }[]
  readingLevel: { grade: number | null; ease: number | null; target: number; scored: boolean }
}

/**
 * The case's conversation in the edit view: every message in and out, the reply clock, and the
 * reply box (checked by the plain-language rules, signed by the server, sent through the outbox).
 */
export const CaseThread = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const t = deskAdminStrings(i18n.language)
  const [data, setData] = useState<{
    case: Case
    messages: Message[]
    otherLanguage?: {
      name: string
      answer: string | null
      macro: { id: number | string; name: string } | null
    } | null
  } | null>(null)
  const [text, setText] = useState('')
  const [awaitCustomer, setAwaitCustomer] = useState(false)
  const [byPhone, setByPhone] = useState(false)
  const [check, setCheck] = useState<Check | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  // The macro the reply box was filled from: sent with the reply so its use is counted.
  const [macro, setMacro] = useState<string | number | null>(null)
  const replyId = useId()
  const base = `${config.serverURL}${config.routes.api}/correspondence/${id}`
  // When this reply was begun: a customer message newer than it asks to confirm before sending.
  const [draftStartedAt, setDraftStartedAt] = useState<string | null>(null)
  const [confirming, setConfirming] = useState(false)
  const { here } = usePresence(id ? base : null, text.trim() !== '')

  // Loaded once, and again when the customer wrote while a reply was being drafted.
  const [loads, setLoads] = useState(0)
  useEffect(() => {
    if (!id) return
    void fetch(`${base}/thread`, { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : null))
      .then(setData)
  }, [base, id, loads])

  const startDraft = (next: string) => {
    if (!next.trim()) setDraftStartedAt(null)
    else if (!draftStartedAt) setDraftStartedAt(new Date().toISOString())
  }

  if (!id) return <p className="workflow-panel__note">{t.saveFirst}</p>
  if (!data) return <p className="workflow-panel__note">{t.loading}</p>

  const post = async <T = { doc: { id: number | string } },>(
    path: string,
    body: Record<string, unknown>,
  ): Promise<T | null> => {
    setBusy(true)
    setStatus(null)
    const answer = await postStep<T>(base, path, body)
    setBusy(false)
    if (answer.ok) return answer.body
    if (answer.status === 409 && answer.error.field === 'confirm') {
      setConfirming(true)
      setLoads((n) => n + 1)
    }
    setStatus(t.failed(answer.status, answer.error.message))
    return null
  }
  const reload = () => {
    setStatus(t.sent)
    window.location.reload()
  }
  const c = data.case
  // A case's only message from the customer is the case: only one of several can be split off.
  const fromCustomer = data.messages.filter((m) => m.direction === 'in').length
  const overdue =
    c.responseDueAt &&
    ['new', 'assigned'].includes(c.state) &&
    new Date(c.responseDueAt) < new Date()

  return (
    <section className="desk-thread" aria-labelledby={`${replyId}-title`}>
      <h2 id={`${replyId}-title`}>{t.thread}</h2>
      {data.otherLanguage ? (
        <div role="note" className="desk-thread__language">
          <p>
            <strong>{t.writtenIn(data.otherLanguage.name)}</strong>{' '}
            {data.otherLanguage.answer ?? t.noLanguageAnswer}
          </p>
          {data.otherLanguage.macro ? (
            <p>{t.languageMacro(data.otherLanguage.macro.name)}</p>
          ) : null}
        </div>
      ) : null}
      <p role="status" className="desk-thread__here">
        {here.length
          ? t.alsoHere(
              here.map((p) => (p.typing ? `${p.name} (${t.typingReply})` : p.name)).join(', '),
            )
          : ''}
      </p>
      <p>
        <strong>{t.state}:</strong> {t.states[c.state] ?? c.state}
        {c.responseDueAt && ['new', 'assigned'].includes(c.state) ? (
          <>
            {' · '}
            <strong>{overdue ? t.overdue : t.due}:</strong>{' '}
            {adminDateTime(c.responseDueAt, i18n.language)}
          </>
        ) : null}
        {c.standardMet === true
          ? ` · ${t.standardMet}`
          : c.standardMet === false
            ? ` · ${t.standardMissed}`
            : ''}
      </p>
      <ol className="desk-thread__messages">
        {data.messages.map((m) => (
          <li key={m.id} className={`desk-thread__message desk-thread__message--${m.direction}`}>
            <p>
              <strong>{t.directions[m.direction] ?? m.direction}</strong>
              {' · '}
              {adminDateTime(m.at, i18n.language)}
              {m.authorName ? ` · ${m.authorName}` : m.fromAddress ? ` · ${m.fromAddress}` : ''}
            </p>
            {m.subject ? <p>{m.subject}</p> : null}
            <div style={{ whiteSpace: 'pre-wrap' }}>{m.body}</div>
            {m.direction === 'in' && fromCustomer > 1 && c.state !== 'closed' ? (
              <button
                type="button"
                className="btn btn--style-secondary btn--size-small"
                disabled={busy}
                onClick={async () => {
                  const answer = await post('split', { message: m.id })
                  if (answer) window.location.assign(`../correspondence/${answer.doc.id}`)
                }}
              >
                {t.split}
              </button>
            ) : null}
            {m.attachments?.length ? (
              <p>
                {t.attachments}:{' '}
                {m.attachments.map((a) => (
                  <a key={a.id} href={a.url} download>
                    {a.filename}{' '}
                  </a>
                ))}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      {c.state !== 'closed' ? (
        <div className="desk-thread__reply">
          <h3>{t.replyTitle}</h3>
          <MacroPicker
            base={base}
            language={i18n.language}
            onInsert={(filled) => {
              setText(filled.text)
              startDraft(filled.text)
              setAwaitCustomer(filled.effects.awaitCustomer)
              setMacro(filled.id)
              setCheck(null)
            }}
          />
          <label htmlFor={`${replyId}-text`}>{t.replyLabel}</label>
          <textarea
            id={`${replyId}-text`}
            rows={8}
            value={text}
            onChange={(e) => {
              setText(e.target.value)
              startDraft(e.target.value)
              if (!e.target.value.trim()) setMacro(null)
              setCheck(null)
            }}
            style={{ width: '100%' }}
          />
          <label>
            <input
              type="checkbox"
              checked={awaitCustomer}
              onChange={(e) => setAwaitCustomer(e.target.checked)}
            />{' '}
            {t.awaitCustomer}
          </label>
          <br />
          <label>
            <input
              type="checkbox"
              checked={byPhone || !c.email}
              disabled={!c.email}
              onChange={(e) => setByPhone(e.target.checked)}
            />{' '}
            {t.viaPhone}
          </label>
          {check ? (
            <div role="status" className="desk-thread__check">
              {check.findings.length === 0 ? <p>{t.noFindings}</p> : null}
              <ul>
                {check.findings.map((f, i) => (
                  <li key={i}>{f.message}</li>
                ))}
              </ul>
              {check.readingLevel.scored ? (
                <p>
                  {check.readingLevel.grade !== null
                    ? t.readingGrade(check.readingLevel.grade, check.readingLevel.target)
                    : t.readingEase(check.readingLevel.ease ?? 0, check.readingLevel.target)}
                </p>
              ) : null}
            </div>
          ) : null}
          <div className="workflow-panel__buttons">
            <button
              type="button"
              className="btn btn--style-secondary btn--size-small"
              disabled={busy || !text.trim()}
              onClick={async () => setCheck(await post<Check>('check', { message: text }))}
            >
              {t.check}
            </button>
            <button
              type="button"
              className="btn btn--style-primary btn--size-small"
              disabled={busy || !text.trim()}
              onClick={async () => {
                const answer = await post('reply', {
                  message: text,
                  awaitCustomer,
                  draftStartedAt,
                  ...(confirming ? { confirm: true } : {}),
                  ...(macro !== null ? { macro } : {}),
                  ...(byPhone || !c.email ? { via: 'phone' } : {}),
                })
                if (answer) reload()
              }}
            >
              {confirming ? t.sendAnyway : byPhone || !c.email ? t.record : t.send}
            </button>
            <button
              type="button"
              className="btn btn--style-secondary btn--size-small"
              disabled={busy}
              onClick={async () => {
                if (await post('close', {})) reload()
              }}
            >
              {t.close}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          disabled={busy}
          onClick={async () => {
            if (await post('reopen', {})) reload()
          }}
        >
          {t.reopen}
        </button>
      )}
      {status ? <p role="alert">{status}</p> : null}
    </section>
  )
}
