import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns'
import { Agent } from 'node:https'

import { notPublicBecause } from '../core/url/addresses'
import type { HostRule } from '../core/url/outboundUrl'

/**
 * The connections the CMS opens to URLs people gave it (push endpoints): the name is resolved
 * once, every address it answers is checked (public unicast only), and the connection goes to an
 * address that was checked: there is no second lookup a rebinding name could answer differently.
 * Names the operator listed (PUSH_SERVICE_HOSTS) are trusted as written: a test's loopback push
 * service, an on-premises relay.
 */

/** Why a connection was not made: the outbox treats it as permanent for that recipient. */
export const OUTBOUND_REFUSED = 'EOUTBOUNDREFUSED'

export class OutboundRefused extends Error {
  readonly code = OUTBOUND_REFUSED
  override name = 'OutboundRefused'
}

export type Resolve = (host: string) => Promise<LookupAddress[]>

const systemResolve: Resolve = (host) =>
  new Promise((resolve, reject) =>
    dnsLookup(host, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    ),
  )

const trustedName = (host: string, rules: readonly HostRule[]) =>
  rules.some(
    (rule) =>
      rule.trusted && (rule.subdomains ? host.endsWith(`.${rule.host}`) : host === rule.host),
  )

/** The addresses a name may be reached at, or why none may. */
export const checkedAddresses = async (
  host: string,
  rules: readonly HostRule[],
  resolve: Resolve = systemResolve,
): Promise<LookupAddress[]> => {
  const addresses = await resolve(host)
  if (addresses.length === 0) throw new OutboundRefused(`${host} resolves to no address.`)
  if (trustedName(host, rules)) return addresses
  for (const { address } of addresses) {
    const why = notPublicBecause(address)
    // One bad answer refuses the name: a resolver mixing public and private answers is hostile.
    if (why) throw new OutboundRefused(`${host} resolves to ${address} (${why}): not sent.`)
  }
  return addresses
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void

/** A `lookup` for sockets: Node calls it with `all` when it tries several addresses in turn. */
export const pinnedLookup =
  (rules: readonly HostRule[], resolve: Resolve = systemResolve) =>
  (host: string, options: LookupOptions, callback: LookupCallback) => {
    checkedAddresses(host, rules, resolve).then(
      (addresses) => {
        const wanted = options.family === 4 || options.family === 6 ? options.family : null
        const usable = wanted ? addresses.filter((a) => a.family === wanted) : addresses
        if (usable.length === 0)
          return callback(new OutboundRefused(`${host} has no IPv${wanted} address.`), '')
        if (options.all) return callback(null, usable)
        callback(null, usable[0]!.address, usable[0]!.family)
      },
      (error: NodeJS.ErrnoException) => callback(error, ''),
    )
  }

/**
 * A keep-alive TLS agent whose every connection is checked and pinned as above (one per rule set:
 * the push services' connections are pooled, ten thousand messages do not each open a session).
 */
export const outboundAgent = (
  rules: readonly HostRule[],
  options: { resolve?: Resolve; maxSockets?: number } = {},
) =>
  new Agent({
    keepAlive: true,
    maxSockets: options.maxSockets ?? 64,
    lookup: pinnedLookup(rules, options.resolve),
  })
