import { AsyncLocalStorage } from 'node:async_hooks'

import { SQLITE_BUSY_TIMEOUT_MS } from './adapter'

/**
 * Lets one SQLite transaction run in a process that keeps writing around it.
 *
 * libsql gives the transaction its connection and opens another for everything else. SQLite lets
 * one connection write at a time, and libsql waits for the lock synchronously: a write from another
 * part of this process (the outbox, a second request) would block the event loop that the
 * transaction itself needs in order to finish, so both would stall until the busy timeout and the
 * write would fail. The gate makes those writes wait asynchronously instead, until the transaction
 * ends; reads go on at once (WAL shows them the last committed rows). A write made from inside the
 * transaction's own work without its `req` would wait for itself forever: it fails at once, naming
 * the mistake.
 */

type Statement = string | { sql: string }
type Client = {
  execute: (stmt: Statement, ...rest: unknown[]) => Promise<unknown>
  batch: (...args: unknown[]) => Promise<unknown>
  executeMultiple: (...args: unknown[]) => Promise<unknown>
  transaction: (...args: unknown[]) => Promise<unknown>
}

type Gate = { id: symbol; closed: Promise<void>; open: () => void }

/** The transaction whose work is running (through every await inside it). */
const insideWork = new AsyncLocalStorage<symbol>()
const gates = new WeakMap<object, Gate>()
/** Each client's own execute, for the statements the gate's owner runs outside its work. */
const rawExecutes = new WeakMap<object, Client['execute']>()

/** Longer than any intake takes; a writer waiting past it gets SQLite's own "busy" answer (503). */
const WAIT_LIMIT_MS = Math.max(30_000, SQLITE_BUSY_TIMEOUT_MS)

class GateTimeout extends Error {
  code = 'SQLITE_BUSY'
  override name = 'GateTimeout'
}

export class WrittenOutsideTransaction extends Error {
  override name = 'WrittenOutsideTransaction'
}

const isRead = (stmt: Statement) => /^\s*select\b/i.test(typeof stmt === 'string' ? stmt : stmt.sql)

/** Waits until no transaction of another caller holds the gate. */
const passGate = async (client: object) => {
  const started = Date.now()
  for (let gate = gates.get(client); gate; gate = gates.get(client)) {
    if (insideWork.getStore() === gate.id)
      throw new WrittenOutsideTransaction(
        'A write inside a transaction went around it: pass the transaction’s `req` to every ' +
          'Payload call in inOneTransaction’s work.',
      )
    const left = WAIT_LIMIT_MS - (Date.now() - started)
    if (left <= 0) throw new GateTimeout('database is locked (a transaction is still open)')
    let timer: NodeJS.Timeout | undefined
    await Promise.race([gate.closed, new Promise((resolve) => (timer = setTimeout(resolve, left)))])
    clearTimeout(timer)
  }
}

const install = (client: Client): Client['execute'] => {
  if (rawExecutes.has(client)) return rawExecutes.get(client)!
  const execute = client.execute.bind(client)
  rawExecutes.set(client, execute)
  client.execute = async (stmt, ...rest) => {
    if (!isRead(stmt)) await passGate(client)
    return execute(stmt, ...rest)
  }
  for (const name of ['batch', 'executeMultiple'] as const) {
    const original = client[name].bind(client)
    client[name] = async (...args) => {
      await passGate(client)
      return original(...args)
    }
  }
  return execute
}

/**
 * Closes the gate, then begins the transaction with `begin` (which must take the write lock at
 * once; it gets the client's ungated execute), and runs `work` as the gate's owner. The gate opens
 * again when `end` has run.
 */
export const gated = async <T>(
  client: Client,
  begin: (execute: Client['execute']) => Promise<void>,
  work: () => Promise<T>,
  end: (failed: boolean) => Promise<void>,
): Promise<T> => {
  const execute = install(client)
  // Checked again after each wait, with no await between the check and the closing: two callers
  // woken together must not both take the gate.
  do await passGate(client)
  while (gates.get(client))
  let open = () => {}
  const gate: Gate = {
    id: Symbol('transaction'),
    closed: new Promise<void>((resolve) => (open = resolve)),
    open: () => open(),
  }
  gates.set(client, gate)
  try {
    await begin(execute)
    let result: T
    try {
      result = await insideWork.run(gate.id, work)
    } catch (error) {
      await end(true)
      throw error
    }
    await end(false)
    return result
  } finally {
    if (gates.get(client) === gate) gates.delete(client)
    gate.open()
  }
}
