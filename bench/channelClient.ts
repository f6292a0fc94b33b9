import { fork } from 'node:child_process'
import path from 'node:path'

export type Browser = { endpoint: string; keys: { p256dh: string; auth: string } }
export type ChannelReport = {
  push: { at: number; title: string; to: string }[]
  sms: { at: number; to: string; body: string }[]
  /** Only the emails that carried one of the tokens asked for, with that token. */
  email: { at: number; to: string; token: string }[]
}

/**
 * The local push service, SMS gateway and mail server (bench/channelServices.ts) in a process of
 * their own, driven over IPC: the environment that points the CMS at them, browsers to subscribe,
 * and what arrived.
 */
export const startChannelServices = async () => {
  const services = fork(path.resolve(import.meta.dirname, 'channelServices.ts'), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  let nextId = 1
  const waiting = new Map<number, (value: unknown) => void>()
  const ready = new Promise<{
    gatewayEnv: Record<string, string>
    pushHostEntry: string
    smtpUrl: string
  }>((resolve) => waiting.set(0, resolve as (value: unknown) => void))
  services.on('message', (message: { id: number; value: unknown }) => {
    waiting.get(message.id)?.(message.value)
    waiting.delete(message.id)
  })
  const ask = <T>(command: string, options: { count?: number; tokens?: string[] } = {}) =>
    new Promise<T>((resolve) => {
      const id = nextId++
      waiting.set(id, resolve as (value: unknown) => void)
      services.send({ id, command, ...options })
    })
  const started = await ready
  return {
    pid: services.pid!,
    env: { ...started.gatewayEnv, PUSH_SERVICE_HOSTS: started.pushHostEntry },
    /** Where the mail server listens (benches that count emails point SMTP_URL at it). */
    smtpUrl: started.smtpUrl,
    subscribe: (count: number) => ask<Browser[]>('subscribe', { count }),
    report: (tokens: string[] = []) => ask<ChannelReport>('report', { tokens }),
    emails: () => ask<number>('emails'),
    close: () => ask<null>('close'),
  }
}
