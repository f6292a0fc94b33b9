import type { Payload, TypedUser } from 'payload'

import { isStaff } from '../../access/core/roles'
import type { ContentSlug } from '../../core/slugs'
import { itemsMissingFrench } from '../missing'

const LABELS: Record<ContentSlug, string> = {
  publications: 'Publication',
  'media-releases': 'Media release',
  'sponsorship-packages': 'Sponsorship package',
  'emergency-bulletins': 'Emergency bulletin',
}

/** Shown at most; the rest are counted. */
const SHOWN = 15

/**
 * On the admin dashboard: the published items whose French pages show the English text, each linked
 * to its editor in French, with the fields still to translate.
 */
export const MissingFrench = async ({
  payload,
  user,
}: {
  payload: Payload
  user?: TypedUser | null
}) => {
  if (!user || !isStaff(user)) return null
  const items = await itemsMissingFrench(payload)
  const adminRoute = payload.config.routes.admin
  return (
    <section className="review-queue" aria-labelledby="missing-french-title">
      <section className="review-queue__list">
        <h2 id="missing-french-title">Published without French</h2>
        {items.length === 0 ? (
          <p>Every published item has its French version.</p>
        ) : (
          <>
            <p>
              {items.length} published {items.length === 1 ? 'item shows' : 'items show'} English on
              the French site. Translate:
            </p>
            <ul>
              {items.slice(0, SHOWN).map((item) => (
                <li key={`${item.collection}-${item.id}`}>
                  <a href={`${adminRoute}/collections/${item.collection}/${item.id}?locale=fr`}>
                    {item.title}
                  </a>{' '}
                  <span>
                    ({LABELS[item.collection]}; French {item.missing.join(', ')} missing)
                  </span>
                </li>
              ))}
            </ul>
            {items.length > SHOWN ? <p>And {items.length - SHOWN} more.</p> : null}
          </>
        )}
      </section>
    </section>
  )
}
