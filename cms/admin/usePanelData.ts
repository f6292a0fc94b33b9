'use client'

import { useEffect, useState } from 'react'

/**
 * What a sidebar panel with steps shows (the workflow, the sponsorship pipeline): the steps open to
 * the signed-in person (`GET {base}`) and the history (`GET {base}/history`), read together once
 * the document has an id. Steps reload the page afterwards, so one read is enough.
 */
export const usePanelData = <Options, Entry>(base: string, enabled: boolean) => {
  const [options, setOptions] = useState<Options | null>(null)
  const [history, setHistory] = useState<Entry[]>([])
  useEffect(() => {
    if (!enabled) return
    void Promise.all([
      fetch(base, { credentials: 'include' }).then((r) => (r.ok ? r.json() : null)),
      fetch(`${base}/history`, { credentials: 'include' }).then((r) =>
        r.ok ? r.json() : { docs: [] },
      ),
    ]).then(([o, h]: [Options | null, { docs?: Entry[] }]) => {
      setOptions(o)
      setHistory(h.docs ?? [])
    })
  }, [base, enabled])
  return { options, history }
}

/** Posts one step to a panel's endpoint; on a refusal, also what the server said about it. */
export const postStep = async (base: string, body: Record<string, string>) => {
  const response = await fetch(base, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  const answer = response.ok ? null : await response.json().catch(() => null)
  return { ok: response.ok, status: response.status, answer }
}
