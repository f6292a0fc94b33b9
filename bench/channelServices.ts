import { startPushService } from '../tests/helpers/pushService'
import { startSmsGateway } from '../tests/helpers/smsGateway'
import { startSmtpSink } from '../tests/helpers/smtpSink'

/**
 * The local push service, SMS gateway and mail server of the benches, in a process of their own
 * (as real services are: decrypting 10,000 messages, or taking 60,000 emails, must not share the
 * sender's CPU, nor the event loop of the benchmark that times the public's reads). Driven over
 * IPC: `subscribe` (n browser subscriptions), `report` (what arrived; emails only those carrying
 * one of the tokens asked for, as a whole storm's mail is too much to send back), `emails` (how
 * many arrived), `close`.
 */
const push = await startPushService()
const gateway = await startSmsGateway()
const mail = await startSmtpSink({ parse: false })

type Command = {
  id: number
  command: 'subscribe' | 'report' | 'emails' | 'close'
  count?: number
  tokens?: string[]
}

process.on('message', async (message: Command) => {
  const reply = (value: unknown) => process.send!({ id: message.id, value })
  if (message.command === 'subscribe')
    return reply(Array.from({ length: message.count ?? 1 }, () => push.subscribe()))
  if (message.command === 'emails') return reply(mail.count())
  if (message.command === 'report') {
    const tokens = message.tokens ?? []
    return reply({
      push: push.received.map((m) => ({
        at: m.at,
        to: m.subscription,
        title: String((m.payload as { title?: string }).title ?? ''),
      })),
      sms: gateway.received.map((t) => ({ at: t.at, to: t.to, body: t.body })),
      email: mail.received.flatMap((m) => {
        const token = tokens.find((t) => m.raw.includes(t))
        return token ? [{ at: m.at, to: m.to.join(','), token }] : []
      }),
    })
  }
  await push.close()
  await gateway.close()
  await mail.close()
  reply(null)
  process.exit(0)
})
// The benchmark's end (or its crash) ends this process too.
process.on('disconnect', () => process.exit(0))
process.send!({
  id: 0,
  value: { gatewayEnv: gateway.env, pushHostEntry: push.hostEntry, smtpUrl: mail.url },
})
