import { activeAlerts } from '../../site/lib/content'
import type { Snapshot } from '../../site/lib/types'

/**
 * `/emergency/active.json` (DESIGN.md): the alerts in force. The emergency issue adds the CAP
 * identifier and message URL and rewrites this file within a second of each change; until then
 * `identifier` is the item's stable URN and `capUrl` is null.
 */
export const buildActiveJson = (snapshot: Snapshot, now: Date) => ({
  updated: now.toISOString(),
  alerts: activeAlerts(snapshot.bulletins, now).map((b) => ({
    identifier: `urn:civic-comms:emergency-bulletins:${b.id}`,
    title: b.headline || b.title,
    msgType: b.msgType,
    severity: b.severity,
    urgency: b.urgency,
    expires: b.expires,
    areas: b.areas.map((a) => a.areaDesc),
    url: `${snapshot.siteUrl}/emergency/${b.slug}/`,
    capUrl: null,
  })),
})
