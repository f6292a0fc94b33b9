'use client'

import { useEffect, useId, useState } from 'react'

import { deskAdminStrings } from '../../i18n'

type Effects = { awaitCustomer: boolean; close: boolean; assignee: string | number | null }
type Offer = { id: string | number; name: string; uses: number; effects: Effects }
export type Filled = { id: string | number; text: string; effects: Effects }

/**
 * The case's saved replies: pick one and it is filled on the server in the customer's language
 * (their first name, the reference, the due date, the department, your first name) and put in the
 * reply box for you to read and edit; sending names the macro so its use is counted.
 */
export const MacroPicker = (props: {
  base: string
  language: string
  onInsert: (filled: Filled) => void
}) => {
  const t = deskAdminStrings(props.language)
  const [offers, setOffers] = useState<Offer[] | null>(null)
  const [chosen, setChosen] = useState('')
  const [status, setStatus] = useState<string | null>(null)
  const id = useId()

  useEffect(() => {
    void fetch(`${props.base}/macros`, { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : { macros: [] }))
      .then((answer: { macros: Offer[] }) => setOffers(answer.macros))
  }, [props.base])

  if (!offers?.length) return null
  const describe = (effects: Effects) =>
    [
      effects.awaitCustomer ? t.macroWaits : null,
      effects.close ? t.macroCloses : null,
      effects.assignee !== null ? t.macroAssigns : null,
    ]
      .filter(Boolean)
      .join(', ')

  return (
    <div className="desk-thread__macros">
      <label htmlFor={`${id}-macro`}>{t.macroLabel}</label>{' '}
      <select id={`${id}-macro`} value={chosen} onChange={(e) => setChosen(e.target.value)}>
        <option value="">{t.macroNone}</option>
        {offers.map((m) => {
          const does = describe(m.effects)
          return (
            <option key={m.id} value={String(m.id)}>
              {m.name}
              {does ? ` (${does})` : ''}
            </option>
          )
        })}
      </select>{' '}
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        disabled={!chosen}
        onClick={async () => {
          setStatus(null)
          const response = await fetch(`${props.base}/macro`, {
            method: 'POST',
            credentials: 'include',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ macro: chosen }),
          })
          const answer = await response.json().catch(() => null)
          if (!response.ok) {
            setStatus(t.failed(response.status, answer?.errors?.[0]?.message ?? ''))
            return
          }
          props.onInsert({ id: answer.macro.id, text: answer.text, effects: answer.effects })
          setStatus(t.macroInserted(answer.macro.name))
        }}
      >
        {t.macroInsert}
      </button>
      {status ? <p role="status">{status}</p> : null}
    </div>
  )
}
