import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { freePort } from './server'

export type SmtpMode = 'normal' | 'silent' | 'refuse'
export type Arrival = { to: string; messageId: string; subject: string }

/**
 * A mail server the test can kill and bring back on the same port (tests/helpers/smtpServerMain.mjs):
 * what it accepted survives in a log file across its restarts.
 */
export const smtpProcess = async () => {
  const port = await freePort()
  const log = path.join(await mkdtemp(path.join(tmpdir(), 'civic-smtp-')), 'received.jsonl')
  let child: ChildProcess | null = null
  const start = async (mode: SmtpMode = 'normal') => {
    child = spawn(
      process.execPath,
      [path.resolve('tests/helpers/smtpServerMain.mjs'), String(port), log, mode],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    )
    await new Promise<void>((resolve, reject) => {
      child!.stdout!.once('data', () => resolve())
      child!.once('exit', (code) =>
        reject(new Error(`The SMTP process exited (${code}) before it was ready.`)),
      )
    })
  }
  const kill = async () => {
    if (!child || child.exitCode !== null) return
    const exited = new Promise((resolve) => child!.once('exit', resolve))
    child.kill('SIGKILL')
    await exited
    child = null
  }
  const received = async (): Promise<Arrival[]> =>
    (await readFile(log, 'utf8').catch(() => ''))
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Arrival)
  return { url: `smtp://127.0.0.1:${port}`, port, start, kill, received }
}
