import { fork } from 'node:child_process'
import path from 'node:path'

export type Browser = { endpoint: string; keys: { p256dh: string; auth: string } }
export type ChannelReport = {
  push: { at: number; title: string; to: string }[]
  sms: { at: number; to: string; body: string }[]
}

/**
 * The local push service and SMS gateway (bench/channelServices.ts) in a process of their own,
 * driven over IPC: the environment that points the CMS at them, browsers to subscribe, and what
 * arrived.
 */
export const startChannelServices = async () => {
  const services = fork(path.resolve(import.meta.dirname, 'channelServices.ts'), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  let nextId = 1
  const waiting = new Map<number, (value: unknown) => void>()
  const ready = new Promise<{ gatewayEnv: Record<string, string>; pushHostEntry: string }>(
    (resolve) => waiting.set(0, resolve as (value: unknown) => void),
  )
  services.on('message', (message: { id: number; value: unknown }) => {
    waiting.get(message.id)?.(message.value)
    waiting.delete(message.id)
  })
  const ask = <T>(command: string, count?: number) =>
    new Promise<T>((resolve) => {
      const id = nextId++
      waiting.set(id, resolve as (value: unknown) => void)
      services.send({ id, command, count })
    })
  const started = await ready
  return {
    pid: services.pid!,
    env: { ...started.gatewayEnv, PUSH_SERVICE_HOSTS: started.pushHostEntry },
    subscribe: (count: number) => ask<Browser[]>('subscribe', count),
    report: () => ask<ChannelReport>('report'),
    close: () => ask<null>('close'),
  }
}
