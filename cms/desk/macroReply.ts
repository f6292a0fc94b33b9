import type { Payload } from 'payload'

import { macroEffects } from './core/macros'
import { countMacroUse, macroForCase, mayCarryOut } from './macros'
import {
  assignCase,
  caseFor,
  closeCase,
  type ReplyArgs,
  replyToCase,
  type StepResult,
} from './steps'

/**
 * A reply, made from a macro or not. From a macro: the macro must be offered on this case, the
 * reply names it (its use is counted), and what the macro does besides is done after the reply is
 * on its way: waiting on the customer (unless the agent chose otherwise), handing the case to
 * someone, closing it (quietly: the reply is the customer's last word, no second email).
 */
export const replyWithMacro = async (
  payload: Payload,
  args: ReplyArgs & { macro?: unknown },
): Promise<StepResult> => {
  if (args.macro === undefined || args.macro === null || args.macro === '')
    return replyToCase(payload, { ...args, macro: null })
  const found = await caseFor(payload, args.id, args.user)
  if ('error' in found) return found.error!
  const picked = await macroForCase(payload, found.doc, args.macro)
  if (!picked.ok)
    return { ok: false, status: picked.status, message: picked.message, field: 'macro' }
  const { macro } = picked
  if (!(await mayCarryOut(payload, args.user, found.doc, macro)))
    return {
      ok: false,
      status: 403,
      message: `The macro “${macro.name}” assigns the case; only the desk or the department’s manager assigns. Reply without it, or ask them.`,
      field: 'macro',
    }
  const effects = macroEffects(macro)
  const replied = await replyToCase(payload, {
    ...args,
    awaitCustomer: args.awaitCustomer ?? effects.awaitCustomer,
    macro: macro.id,
  })
  if (!replied.ok) return replied
  await countMacroUse(payload, macro.id)
  const done: string[] = [replied.message]
  let last: StepResult = replied
  if (effects.assignee !== null) {
    const assignee = effects.assignee === 'me' ? args.user!.id : effects.assignee
    last = await assignCase(payload, { id: args.id, user: args.user, assignee })
    done.push(last.ok ? 'Assigned.' : `Not assigned: ${last.message}`)
  }
  if (effects.close) {
    last = await closeCase(payload, { id: args.id, user: args.user, notify: false })
    done.push(last.ok ? 'Closed.' : `Not closed: ${last.message}`)
  }
  // The reply went whatever followed: the answer is a success carrying the case as it now is.
  const doc = last.ok ? last.doc : replied.doc
  return { ok: true, doc, check: replied.check, message: done.join(' ') }
}
