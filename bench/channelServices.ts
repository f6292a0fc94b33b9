import { startPushService } from '../tests/helpers/pushService'
import { startSmsGateway } from '../tests/helpers/smsGateway'

/**
 * The local push service and SMS gateway of bench/alertChannels.ts, in a process of their own (as
 * real services are: decrypting 10,000 messages must not share the sender's CPU). Driven over IPC:
 * `subscribe` (n browser subscriptions), `report` (what arrived), `close`.
 */
const push = await startPushService()
const gateway = await startSmsGateway()

type Command = { id: number; command: 'subscribe' | 'report' | 'close'; count?: number }

process.on('message', async (message: Command) => {
  const reply = (value: unknown) => process.send!({ id: message.id, value })
  if (message.command === 'subscribe')
    return reply(Array.from({ length: message.count ?? 1 }, () => push.subscribe()))
  if (message.command === 'report')
    return reply({
      push: push.received.map((m) => ({
        at: m.at,
        to: m.subscription,
        title: String((m.payload as { title?: string }).title ?? ''),
      })),
      sms: gateway.received.map((t) => ({ at: t.at, to: t.to, body: t.body })),
    })
  await push.close()
  await gateway.close()
  reply(null)
  process.exit(0)
})
// The benchmark's end (or its crash) ends this process too.
process.on('disconnect', () => process.exit(0))
process.send!({ id: 0, value: { gatewayEnv: gateway.env, pushHostEntry: push.hostEntry } })
