import type { Payload } from 'payload'

import type { Actor } from '../access/core/roles'
import { formatDay } from '../core/businessDays'
import { relationId, relationTo } from '../core/relationId'
import { CORRESPONDENCE_MESSAGES, DESK_MACROS, USERS } from '../core/slugs'
import type { DeskMacro } from '../payload-types'
import { type CaseDoc, departmentLabel, mayAssign } from './cases'
import {
  fillMacro,
  firstNameOf,
  macroEffects,
  type MacroEffects,
  macroFits,
  macrosFor,
} from './core/macros'

/**
 * Macros at work on a case: the ones offered, one filled in the case's language for the agent to
 * read, and its use counted once a reply made from it is sent (steps.ts sends; macroReply.ts
 * carries out what the macro does besides).
 */

export type MacroOffer = {
  id: number | string
  name: string
  department: number | string | null
  uses: number
  effects: MacroEffects
}

const activeMacros = async (payload: Payload) =>
  (
    await payload.find({
      collection: DESK_MACROS,
      where: { active: { not_equals: false } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
  ).docs

const asRule = (m: DeskMacro) => ({
  ...m,
  department: (relationId(m.department) as number | string | null) ?? null,
})

/** The macros offered on a case: its department's, then the shared ones, most used first. */
export const macrosOffered = async (payload: Payload, doc: CaseDoc): Promise<MacroOffer[]> =>
  macrosFor(
    (await activeMacros(payload)).map(asRule),
    (relationId(doc.department) as number | string | null) ?? null,
  ).map((m) => ({
    id: m.id,
    name: m.name,
    department: m.department,
    uses: m.uses ?? 0,
    effects: macroEffects(m),
  }))

export type MacroFound =
  { ok: true; macro: DeskMacro } | { ok: false; status: number; message: string }

/** The macro named by a request, if it may be used on this case. */
export const macroForCase = async (
  payload: Payload,
  doc: CaseDoc,
  id: unknown,
): Promise<MacroFound> => {
  if (typeof id !== 'string' && typeof id !== 'number')
    return { ok: false, status: 400, message: 'Give the macro’s id in `macro`.' }
  const macro = await payload.findByID({
    collection: DESK_MACROS,
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!macro || macro.active === false)
    return { ok: false, status: 400, message: `No active macro with id ${String(id)}.` }
  if (!macroFits(asRule(macro), (relationId(doc.department) as number | string | null) ?? null))
    return {
      ok: false,
      status: 400,
      message: `The macro “${macro.name}” belongs to another department; choose one offered on this case.`,
    }
  return { ok: true, macro }
}

/** A macro filled with this case's facts in its language, signed by this agent's first name. */
export const filledMacro = async (
  payload: Payload,
  doc: CaseDoc,
  macro: DeskMacro,
  user: Actor,
) => {
  const agent = user
    ? await payload.findByID({
        collection: USERS,
        id: user.id,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
      })
    : null
  return fillMacro(macro, doc.language, {
    firstName: firstNameOf(doc.contactName),
    reference: doc.reference,
    dueDate: doc.responseDueAt ? formatDay(new Date(doc.responseDueAt), doc.language) : null,
    department: await departmentLabel(payload, doc.department, doc.language),
    agentFirstName: agent?.firstName?.trim() || null,
  })
}

/** Whether this person may do what the macro does besides replying (assigning needs the right). */
export const mayCarryOut = async (payload: Payload, user: Actor, doc: CaseDoc, macro: DeskMacro) =>
  macroEffects(macro).assignee === null || (await mayAssign(payload, user, doc.department))

/**
 * Counts a macro's uses from the thread (each reply made from it names it), so two agents sending
 * at once never lose a count.
 */
export const countMacroUse = async (payload: Payload, macroId: number | string) => {
  const { totalDocs } = await payload.count({
    collection: CORRESPONDENCE_MESSAGES,
    where: { macro: { equals: relationTo(macroId) } },
    overrideAccess: true,
  })
  await payload.update({
    collection: DESK_MACROS,
    id: macroId,
    data: { uses: totalDocs, lastUsedAt: new Date().toISOString() },
    overrideAccess: true,
    depth: 0,
  })
  return totalDocs
}
