import type { BrowserContext } from 'playwright-core'

import type { startPushService } from './pushService'

/**
 * Chromium subscribes through Google's push service, which a closed network cannot reach: this
 * stands in for that one step. The page's PushManager.subscribe answers with a subscription at the
 * local push service (keys it can decrypt with); everything else is the site's own code.
 */
export const usePushStub = async (
  context: BrowserContext,
  push: Awaited<ReturnType<typeof startPushService>>,
  origin: string,
) => {
  await context.grantPermissions(['notifications'], { origin })
  await context.exposeBinding('__localPushSubscribe', () => push.subscribe())
  await context.addInitScript(() => {
    const made: { current: unknown } = { current: null }
    const asSubscription = (json: { endpoint: string; keys: Record<string, string> }) => ({
      endpoint: json.endpoint,
      expirationTime: null,
      options: { userVisibleOnly: true },
      toJSON: () => ({ endpoint: json.endpoint, expirationTime: null, keys: json.keys }),
      unsubscribe: () => Promise.resolve(true),
    })
    const manager = (window as unknown as { PushManager?: { prototype: Record<string, unknown> } })
      .PushManager
    if (!manager) return
    manager.prototype.subscribe = async () => {
      const local = window as unknown as { __localPushSubscribe: () => Promise<never> }
      made.current = asSubscription(await local.__localPushSubscribe())
      return made.current
    }
    manager.prototype.getSubscription = async () => made.current
  })
}
