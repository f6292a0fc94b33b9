import type { Payload } from 'payload'

import { DESK_MACROS } from '../core/slugs'
import type { CaseDoc } from './cases'
import { languageName } from './core/otherLanguage'
import { loadDeskSettings } from './deskSettings'

/**
 * For a case written in neither English nor French: the language (in the agent's admin language)
 * and how the City answers it, from the desk's settings (the interpreter line, the macro to offer).
 * Null for the others.
 */
export const otherLanguageHelp = async (
  payload: Payload,
  doc: CaseDoc,
  adminLanguage: string | undefined,
) => {
  if (!doc.otherLanguage) return null
  const { otherLanguages } = await loadDeskSettings(payload)
  const macro =
    otherLanguages.macro !== null
      ? await payload.findByID({
          collection: DESK_MACROS,
          id: otherLanguages.macro,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
        })
      : null
  return {
    code: doc.otherLanguage,
    name: languageName(doc.otherLanguage, adminLanguage === 'fr' ? 'fr' : 'en'),
    answer: otherLanguages.answer,
    macro: macro && macro.active !== false ? { id: macro.id, name: macro.name } : null,
  }
}
