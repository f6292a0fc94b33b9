'use client'

import { useEffect, useRef, useState } from 'react'

export type Here = { name: string; typing: boolean; seenAt: string }

/**
 * The case page's heartbeat: every 5 seconds it tells the server this person is here (and whether
 * they are typing a reply) and learns who else is; leaving the page takes them off at once.
 */
export const usePresence = (base: string | null, typing: boolean) => {
  const [here, setHere] = useState<Here[]>([])
  const [lastCustomerMessageAt, setLast] = useState<string | null>(null)
  const typingRef = useRef(typing)
  typingRef.current = typing

  useEffect(() => {
    if (!base) return
    let stopped = false
    const beat = async () => {
      const response = await fetch(`${base}/presence`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ typing: typingRef.current }),
      }).catch(() => null)
      if (stopped || !response?.ok) return
      const answer = (await response.json()) as {
        here: Here[]
        lastCustomerMessageAt: string | null
      }
      setHere(answer.here)
      setLast(answer.lastCustomerMessageAt)
    }
    void beat()
    const timer = window.setInterval(beat, 5000)
    const leave = () =>
      navigator.sendBeacon(
        `${base}/presence`,
        new Blob([JSON.stringify({ leaving: true })], { type: 'application/json' }),
      )
    window.addEventListener('pagehide', leave)
    return () => {
      stopped = true
      window.clearInterval(timer)
      window.removeEventListener('pagehide', leave)
      leave()
    }
  }, [base])

  return { here, lastCustomerMessageAt }
}
