import type { I18nClient } from '@payloadcms/translations'
import type { Payload } from 'payload'

import { isStaff, type Actor } from '../../access/core/roles'
import { departmentOf } from '../../access'
import { KB_ARTICLES } from '../../core/slugs'
import { adminDateTime, kbAdminStrings } from '../../i18n'
import { loadHealth } from '../health'

/**
 * Above the knowledge base's list: answers needing attention first (past review, least helpful,
 * most read) with readers' votes and views over 30 days, and the searches that found nothing. On
 * the dashboard (`compact`), the count of the person's department's answers past review, linked.
 */
export const KbHealth = async ({
  payload,
  i18n,
  user,
  compact,
}: {
  payload: Payload
  i18n?: I18nClient
  user?: Actor
  compact?: boolean
}) => {
  if (!user || !isStaff(user)) return null
  const t = kbAdminStrings(i18n?.language)
  const { rows, misses } = await loadHealth(payload)
  if (compact) {
    const department = departmentOf(user)
    const mine = rows.filter(
      (r) => r.stale && department !== null && String(r.department) === String(department),
    )
    if (!mine.length) return null
    return (
      <p className="review-queue__list">
        <a
          href={`/admin/collections/${KB_ARTICLES}?where[reviewBy][less_than]=${new Date().toISOString()}&where[department][equals]=${department}`}
        >
          {t.yourPastReview(mine.length)}
        </a>
      </p>
    )
  }
  return (
    <section className="review-queue__list" aria-labelledby="kb-health-title">
      <h2 id="kb-health-title">{t.healthTitle}</h2>
      <p>{t.healthIntro}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.answer}</th>
            <th scope="col">{t.helpful}</th>
            <th scope="col">{t.notHelpful}</th>
            <th scope="col">{t.views}</th>
            <th scope="col">{t.reviewBy}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, 15).map((r) => (
            <tr key={String(r.id)}>
              <th scope="row">
                <a href={`/admin/collections/${KB_ARTICLES}/${r.id}`}>{r.title}</a>
              </th>
              <td>{r.helpful}</td>
              <td>{r.notHelpful}</td>
              <td>{r.views}</td>
              <td>
                {r.reviewBy ? adminDateTime(r.reviewBy, i18n?.language) : '—'}
                {r.stale ? <strong>{` · ${t.pastReview}`}</strong> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t.misses}</h3>
      {misses.length === 0 ? (
        <p>{t.noMisses}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.query}</th>
              <th scope="col">{t.times}</th>
            </tr>
          </thead>
          <tbody>
            {misses.slice(0, 20).map((m) => (
              <tr key={m.query}>
                <th scope="row">{m.query}</th>
                <td>{m.times}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
