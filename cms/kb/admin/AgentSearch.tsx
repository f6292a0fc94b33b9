'use client'

import { useConfig, useTranslation } from '@payloadcms/ui'
import { type FormEvent, useId, useState } from 'react'

import { kbAdminStrings } from '../../i18n'
import type { AgentAnswer } from '../agentIndex'

/**
 * The agents' search, on the dashboard and above the knowledge base's list: what the caller asks,
 * in either language; each answer with what to say and the notes at once, flagged when past its
 * review date (`GET /api/kb-articles/search`).
 */
export const AgentSearch = () => {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const t = kbAdminStrings(i18n.language)
  const ids = { query: useId(), language: useId(), title: useId() }
  const [query, setQuery] = useState('')
  const [language, setLanguage] = useState(i18n.language === 'fr' ? 'fr' : 'en')
  const [answers, setAnswers] = useState<AgentAnswer[] | null>(null)
  const [status, setStatus] = useState('')

  const search = async (event: FormEvent) => {
    event.preventDefault()
    if (!query.trim()) return
    setStatus(t.searching)
    const response = await fetch(
      `${config.serverURL}${config.routes.api}/kb-articles/search?q=${encodeURIComponent(query)}&lang=${language}`,
      { credentials: 'include' },
    )
    if (!response.ok) {
      setStatus(t.failed(response.status))
      setAnswers(null)
      return
    }
    const found = (await response.json()) as { answers: AgentAnswer[] }
    setAnswers(found.answers)
    setStatus(found.answers.length ? t.found(found.answers.length) : t.none)
  }

  return (
    <section className="review-queue__list" aria-labelledby={ids.title}>
      <h2 id={ids.title}>{t.searchTitle}</h2>
      <form role="search" onSubmit={search}>
        <label htmlFor={ids.query}>{t.searchLabel}</label>{' '}
        <input
          id={ids.query}
          type="search"
          value={query}
          maxLength={200}
          onChange={(e) => setQuery(e.target.value)}
        />{' '}
        <label htmlFor={ids.language}>{t.language}</label>{' '}
        <select id={ids.language} value={language} onChange={(e) => setLanguage(e.target.value)}>
          <option value="en">{t.english}</option>
          <option value="fr">{t.french}</option>
        </select>{' '}
        <button type="submit" className="btn btn--style-secondary btn--size-small">
          {t.search}
        </button>
      </form>
      <p role="status">{status}</p>
      {answers && answers.length > 0 && (
        <ol>
          {answers.slice(0, 8).map((a) => (
            <li key={String(a.id)}>
              <p>
                <a href={a.adminUrl}>
                  <strong>{a.title}</strong>
                </a>
                {a.audience === 'internal' ? ` · ${t.internal}` : ''}
                {a.url ? (
                  <>
                    {' · '}
                    <a href={a.url}>{t.publicPage}</a>
                  </>
                ) : null}
              </p>
              {a.stale && (
                <p>
                  <strong>{t.stale}</strong>
                </p>
              )}
              <p>{a.summary}</p>
              {a.phoneScript && (
                <p>
                  <strong>{t.phoneScript}:</strong> {a.phoneScript}
                </p>
              )}
              {a.internalNotes && (
                <p>
                  <strong>{t.internalNotes}:</strong> {a.internalNotes}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
