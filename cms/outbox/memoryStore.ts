import type { ChannelName, ClaimedDelivery, NewDelivery, OutboxStore } from './core/types'

type Row = NewDelivery & {
  id: number
  channel: ChannelName
  status: string
  attempts: number
  claimedBy?: string | null
  leaseUntil?: Date | null
  messageId?: string
  lastError?: string
}

/**
 * The outbox store in memory, with the same claim rules as the database stores: the worker's unit
 * tests (including several workers sharing one store) and the raw-speed benchmark use it.
 */
export const memoryStore = () => {
  const rows: Row[] = []
  let nextId = 1
  const heldBy = (worker: string, id: unknown) =>
    rows.find((r) => r.id === id && r.claimedBy === worker && r.status === 'sending')
  const store: OutboxStore = {
    async insert(newRows) {
      let inserted = 0
      for (const row of newRows) {
        if (rows.some((r) => r.key === row.key)) continue
        rows.push({
          ...row,
          channel: row.channel ?? 'email',
          id: nextId++,
          status: 'queued',
          attempts: 0,
        })
        inserted += 1
      }
      return inserted
    },
    async claim(worker, limit, now, leaseUntil, channel = 'email') {
      const claimable = (r: Row) =>
        r.channel === channel &&
        ((r.status === 'queued' && r.nextAttemptAt.getTime() <= now.getTime()) ||
          (r.status === 'sending' && (!r.leaseUntil || r.leaseUntil.getTime() < now.getTime())))
      const ready = rows.filter(claimable)
      const mostUrgent = Math.min(...ready.map((r) => r.priority))
      const won = ready
        .filter((r) => r.priority === mostUrgent)
        .sort((a, b) => a.id - b.id)
        .slice(0, limit)
      for (const row of won)
        Object.assign(row, { status: 'sending', claimedBy: worker, leaseUntil })
      return won.map((r): ClaimedDelivery => ({
        id: r.id,
        key: r.key,
        channel: r.channel,
        send: r.send,
        subscriber: r.subscriber,
        message: r.message ?? null,
        priority: r.priority,
        attempts: r.attempts,
      }))
    },
    async retryNow(now, channel = 'email') {
      const waiting = rows.filter(
        (r) =>
          r.channel === channel &&
          r.status === 'queued' &&
          r.attempts > 0 &&
          r.nextAttemptAt.getTime() > now.getTime(),
      )
      for (const row of waiting) row.nextAttemptAt = now
      return waiting.length
    },
    async releaseSend(send, now) {
      const waiting = rows.filter(
        (r) =>
          String(r.send) === String(send) &&
          r.status === 'queued' &&
          r.attempts === 0 &&
          r.nextAttemptAt.getTime() > now.getTime(),
      )
      for (const row of waiting) row.nextAttemptAt = now
      return waiting.length
    },
    async renew(worker, leaseUntil) {
      const mine = rows.filter((r) => r.claimedBy === worker && r.status === 'sending')
      for (const row of mine) row.leaseUntil = leaseUntil
      return mine.length
    },
    async settle(worker, outcomes) {
      for (const o of outcomes) {
        const row = heldBy(worker, o.id)
        if (!row) continue
        const release = { claimedBy: null, leaseUntil: null }
        if (o.kind === 'sent')
          Object.assign(row, {
            status: 'sent',
            messageId: o.messageId,
            attempts: o.attempts,
            ...release,
          })
        else if (o.kind === 'retry')
          Object.assign(row, {
            status: 'queued',
            attempts: o.attempts,
            nextAttemptAt: o.nextAttemptAt,
            lastError: o.error,
            ...release,
          })
        else if (o.kind === 'released') Object.assign(row, { status: 'queued', ...release })
        else
          Object.assign(row, {
            status: o.kind,
            attempts: o.attempts,
            lastError: o.error,
            ...release,
          })
      }
    },
  }
  return { store, rows }
}
