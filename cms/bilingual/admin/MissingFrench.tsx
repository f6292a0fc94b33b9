import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'

import { isStaff } from '../../access/core/roles'
import { adminStrings } from '../../i18n'
import { itemsMissingFrench } from '../missing'

/** Shown at most; the rest are counted. */
const SHOWN = 15

/**
 * On the admin dashboard: the published items whose French pages show the English text, each linked
 * to its editor in French, with the fields still to translate.
 */
export const MissingFrench = async ({
  payload,
  user,
  i18n,
}: {
  payload: Payload
  user?: TypedUser | null
  i18n?: I18nClient
}) => {
  if (!user || !isStaff(user)) return null
  const t = adminStrings(i18n?.language)
  const m = t.missingFrench
  const items = await itemsMissingFrench(payload)
  const adminRoute = payload.config.routes.admin
  return (
    <section className="review-queue" aria-labelledby="missing-french-title">
      <section className="review-queue__list">
        <h2 id="missing-french-title">{m.title}</h2>
        {items.length === 0 ? (
          <p>{m.none}</p>
        ) : (
          <>
            <p>{m.count(items.length)}</p>
            <ul>
              {items.slice(0, SHOWN).map((item) => (
                <li key={`${item.collection}-${item.id}`}>
                  <a href={`${adminRoute}/collections/${item.collection}/${item.id}?locale=fr`}>
                    {item.title}
                  </a>{' '}
                  <span>
                    ({t.items[item.collection]}; {m.missing(item.missing.join(', '))})
                  </span>
                </li>
              ))}
            </ul>
            {items.length > SHOWN ? <p>{m.more(items.length - SHOWN)}</p> : null}
          </>
        )}
      </section>
    </section>
  )
}
