import type { ClaimedDelivery, NewDelivery, OutboxStore } from './store'

type Row = NewDelivery & { id: number; status: string; attempts: number; messageId?: string; lastError?: string }

/** The outbox store in memory: the worker's unit tests and the raw-speed benchmark use it. */
export const memoryStore = () => {
  const rows: Row[] = []
  let nextId = 1
  const store: OutboxStore = {
    async insert(newRows) {
      let inserted = 0
      for (const row of newRows) {
        if (rows.some((r) => r.key === row.key)) continue
        rows.push({ ...row, id: nextId++, status: 'queued', attempts: 0 })
        inserted += 1
      }
      return inserted
    },
    async claim(limit, now) {
      const due = rows
        .filter((r) => r.status === 'queued' && r.nextAttemptAt.getTime() <= now.getTime())
        .sort((a, b) => a.priority - b.priority || a.id - b.id)
        .slice(0, limit)
      for (const row of due) row.status = 'sending'
      return due.map((r): ClaimedDelivery => ({ id: r.id, key: r.key, send: r.send, subscriber: r.subscriber, priority: r.priority, attempts: r.attempts }))
    },
    async markSent(id, messageId, _at, attempts) {
      Object.assign(rows.find((r) => r.id === id)!, { status: 'sent', messageId, attempts })
    },
    async markRetry(id, attempts, nextAttemptAt, lastError) {
      Object.assign(rows.find((r) => r.id === id)!, { status: 'queued', attempts, nextAttemptAt, lastError })
    },
    async markFinal(id, status, attempts, lastError) {
      Object.assign(rows.find((r) => r.id === id)!, { status, attempts, lastError })
    },
    async requeueInterrupted() {
      const stuck = rows.filter((r) => r.status === 'sending')
      for (const row of stuck) row.status = 'queued'
      return stuck.length
    },
  }
  return { store, rows }
}
