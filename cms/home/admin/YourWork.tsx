import type { I18nClient } from '@payloadcms/translations'
import type { Payload } from 'payload'

import { type Actor, isStaff } from '../../access/core/roles'
import { homeAdminStrings } from '../../i18n'
import { yourWork } from '../work'

/**
 * The dashboard's first panel: the signed-in person's own work, by what they do, each count a link
 * to the list it counts (the cases due today and overdue listed by name). The answer search and the
 * review queue come next; the site's build, missing French and the sends table follow.
 */
export const YourWork = async ({
  payload,
  user,
  i18n,
}: {
  payload: Payload
  user?: Actor
  i18n?: I18nClient
}) => {
  if (!user || !isStaff(user)) return null
  const t = homeAdminStrings(i18n?.language)
  const groups = await yourWork(payload, user, i18n?.language)
  return (
    <section className="review-queue__list your-work" aria-labelledby="your-work-title">
      <h2 id="your-work-title">{t.title}</h2>
      {groups.length === 0 ? <p>{t.nothing}</p> : null}
      {groups.map((group) => (
        <div key={group.role}>
          <h3>{t.roles[group.role] ?? group.role}</h3>
          <ul>
            {group.tasks.map((task) => (
              <li key={task.href}>
                <a href={task.href}>{task.label}</a>
                {task.items?.length ? (
                  <ul>
                    {task.items.map((item) => (
                      <li key={item.href}>
                        <a href={item.href}>{item.label}</a>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
}
