import type { Payload } from 'payload'

import { type ContentSlug, LANGUAGE_POLICY } from '../core/slugs'
import {
  FRENCH_GATED_ACTIONS,
  frenchBlocksPublish,
  type LanguagePolicy,
  policyFrom,
} from './core/policy'
import { fieldsOf } from '../../site/lib/fields'

/** The language policy global as the rules read it (defaults until a manager saves it). */
export const loadLanguagePolicy = async (payload: Payload): Promise<LanguagePolicy> =>
  policyFrom(
    fieldsOf(
      await payload.findGlobal({
        slug: LANGUAGE_POLICY,
        depth: 0,
        overrideAccess: true,
      }),
    ),
  )

/**
 * The French fields an item still needs before this action may go ahead ("fr.title"…); empty when
 * the action is not a publish, French is not required for the type, or the item is translated.
 */
export const missingFrenchForAction = async (
  payload: Payload,
  collection: ContentSlug,
  id: number | string,
  action: string,
  english: Record<string, unknown>,
): Promise<string[]> => {
  if (!FRENCH_GATED_ACTIONS.has(action)) return []
  const policy = await loadLanguagePolicy(payload)
  if (!policy.frenchRequired.includes(collection)) return []
  const french = (await payload.findByID({
    collection,
    id,
    depth: 0,
    draft: true,
    locale: 'fr',
    fallbackLocale: false,
    overrideAccess: true,
    disableErrors: true,
  })) as Record<string, unknown> | null
  return frenchBlocksPublish({ policy, collection, action, english, french })
}
