'use client'

import {
  useAllFormFields,
  useConfig,
  useDocumentInfo,
  useLocale,
  useTranslation,
} from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useEffect, useRef, useState } from 'react'

import { whereLabel } from '../core/where'
import { adminStrings } from '../../i18n'

type Finding = { rule: string; severity: 'error' | 'warning'; message: string; path: string }
type Result = {
  findings: Finding[]
  readingLevel: {
    measure: 'flesch-kincaid-grade' | 'kandel-moles-ease'
    grade: number | null
    ease: number | null
    target: number
    language: string
    scored: boolean
  }
}

/**
 * In the document sidebar: the accessibility and plain-language findings for what is in the form
 * now (checked a moment after typing stops), each with where it is, and the reading level against
 * its target. Errors block submitting and approving.
 */
export const AccessibilityPanel = () => {
  const { collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const locale = useLocale()
  const { i18n } = useTranslation()
  const [fields] = useAllFormFields()
  const [result, setResult] = useState<Result | null>(null)
  const [failed, setFailed] = useState(false)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const data = JSON.stringify(reduceFieldsToValues(fields, true))

  useEffect(() => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(async () => {
      const response = await fetch(
        `${config.serverURL}${config.routes.api}/${collectionSlug}/accessibility?locale=${locale?.code ?? 'en'}`,
        {
          method: 'POST',
          credentials: 'include',
          headers: { 'content-type': 'application/json' },
          body: data,
        },
      ).catch(() => null)
      setFailed(!response?.ok)
      if (response?.ok) setResult(await response.json())
    }, 800)
    return () => {
      if (timer.current) clearTimeout(timer.current)
    }
  }, [data, collectionSlug, config, locale?.code])

  const errors = result?.findings.filter((f) => f.severity === 'error') ?? []
  const warnings = result?.findings.filter((f) => f.severity === 'warning') ?? []
  const level = result?.readingLevel
  const t = adminStrings(i18n.language).accessibility
  return (
    <section className="a11y-panel" aria-labelledby="a11y-panel-title">
      <h2 id="a11y-panel-title" className="workflow-panel__title">
        {t.title}
      </h2>
      {failed ? <p className="workflow-panel__note">{t.unavailable}</p> : null}
      {!result && !failed ? <p className="workflow-panel__note">{t.checking}</p> : null}
      {level ? (
        <p className="a11y-panel__level">
          {level.scored && level.grade !== null ? (
            <>
              {t.readingLevel}: <strong>{t.grade(level.grade)}</strong> {t.aimGrade(level.target)}
              {level.grade > level.target ? t.simplify : ' ✓'}
            </>
          ) : level.scored && level.ease !== null ? (
            <>
              {t.readingEase}: <strong>{level.ease}</strong> {t.aimEase(level.target)}
              {level.ease < level.target ? t.simplify : ' ✓'}
            </>
          ) : (
            <>{t.notScored}</>
          )}
        </p>
      ) : null}
      {result ? (
        <p
          role="status"
          className={
            errors.length
              ? 'a11y-panel__summary a11y-panel__summary--errors'
              : 'a11y-panel__summary'
          }
        >
          {errors.length === 0 && warnings.length === 0
            ? t.noProblems
            : t.counts(errors.length, warnings.length)}
        </p>
      ) : null}
      {[...errors, ...warnings].length > 0 ? (
        <ul className="a11y-panel__list">
          {[...errors, ...warnings].map((finding, index) => {
            const where = whereLabel(finding.path)
            return (
              <li
                key={`${finding.rule}-${finding.path}-${index}`}
                className={`a11y-panel__item a11y-panel__item--${finding.severity}`}
              >
                <strong>{finding.severity === 'error' ? t.fix : t.consider}</strong> ·{' '}
                <a href={`#field-${where.field}`}>{where.label}</a>
                <br />
                {finding.message}
              </li>
            )
          })}
        </ul>
      ) : null}
    </section>
  )
}
