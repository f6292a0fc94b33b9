/**
 * Which IP addresses the CMS may connect to on a person's behalf: public unicast only. A push
 * endpoint (or any URL a person gives) that resolves to the machine itself, the City's network,
 * a link-local or metadata address, multicast or a documentation range is refused at connect time,
 * whatever its name says (DNS rebinding: the name can change its answer between check and use, so
 * the connection is made to the very address checked here).
 */

type Range = { bytes: number[]; bits: number; why: string }

/** 4 bytes for a dotted IPv4 address as a resolver returns it, or null. */
export const ipv4Bytes = (text: string): number[] | null => {
  const parts = text.split('.')
  if (parts.length !== 4) return null
  const bytes = parts.map((part) => (/^(0|[1-9]\d{0,2})$/.test(part) ? Number(part) : NaN))
  return bytes.every((b) => b >= 0 && b <= 255) ? bytes : null
}

/** 16 bytes for an IPv6 address (with `::` and an embedded IPv4 tail), or null. */
export const ipv6Bytes = (input: string): number[] | null => {
  const text = input.replace(/^\[|\]$/g, '').replace(/%.*$/, '')
  if (!/^[0-9a-fA-F:.]+$/.test(text) || text.split('::').length > 2) return null
  const groupsOf = (part: string): number[] | null => {
    if (part === '') return []
    const out: number[] = []
    const pieces = part.split(':')
    for (const [index, piece] of pieces.entries()) {
      if (index === pieces.length - 1 && piece.includes('.')) {
        const v4 = ipv4Bytes(piece)
        if (!v4) return null
        out.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!)
      } else if (/^[0-9a-fA-F]{1,4}$/.test(piece)) out.push(parseInt(piece, 16))
      else return null
    }
    return out
  }
  const [head, tail] = text.split('::') as [string, string | undefined]
  const left = groupsOf(head)
  const right = tail === undefined ? [] : groupsOf(tail)
  if (!left || !right) return null
  const missing = 8 - left.length - right.length
  if (tail === undefined ? missing !== 0 : missing < 1) return null
  const groups = [...left, ...Array<number>(tail === undefined ? 0 : missing).fill(0), ...right]
  return groups.flatMap((g) => [g >> 8, g & 0xff])
}

const v4 = (cidr: string, why: string): Range => {
  const [address, bits] = cidr.split('/') as [string, string]
  return { bytes: ipv4Bytes(address)!, bits: Number(bits), why }
}
const v6 = (cidr: string, why: string): Range => {
  const [address, bits] = cidr.split('/') as [string, string]
  return { bytes: ipv6Bytes(address)!, bits: Number(bits), why }
}

/** IANA's special-purpose registries: nothing here is a public host on the internet. */
const V4_NOT_PUBLIC: readonly Range[] = [
  v4('0.0.0.0/8', 'this network'),
  v4('10.0.0.0/8', 'a private network'),
  v4('100.64.0.0/10', 'carrier-grade NAT'),
  v4('127.0.0.0/8', 'loopback'),
  v4('169.254.0.0/16', 'link-local (cloud metadata)'),
  v4('172.16.0.0/12', 'a private network'),
  v4('192.0.0.0/24', 'IETF protocol assignments'),
  v4('192.0.2.0/24', 'documentation'),
  v4('192.88.99.0/24', '6to4 relay'),
  v4('192.168.0.0/16', 'a private network'),
  v4('198.18.0.0/15', 'benchmarking'),
  v4('198.51.100.0/24', 'documentation'),
  v4('203.0.113.0/24', 'documentation'),
  v4('224.0.0.0/4', 'multicast'),
  v4('240.0.0.0/4', 'reserved (and broadcast)'),
]
const V6_NOT_PUBLIC: readonly Range[] = [
  v6('::/128', 'unspecified'),
  v6('::1/128', 'loopback'),
  v6('100::/64', 'discard-only'),
  v6('2001:db8::/32', 'documentation'),
  v6('2001::/23', 'IETF protocol assignments'),
  v6('fc00::/7', 'unique local (private, cloud metadata)'),
  v6('fe80::/10', 'link-local'),
  v6('fec0::/10', 'site-local'),
  v6('ff00::/8', 'multicast'),
]
/** IPv6 forms that carry an IPv4 address: that address is what gets reached. */
const V6_CARRYING_V4: readonly Range[] = [
  v6('::ffff:0:0/96', 'IPv4-mapped'),
  v6('::/96', 'IPv4-compatible'),
  v6('64:ff9b::/96', 'NAT64'),
  v6('64:ff9b:1::/48', 'local NAT64'),
]

const inRange = (bytes: readonly number[], range: Range) => {
  if (bytes.length !== range.bytes.length) return false
  for (let bit = 0; bit < range.bits; bit += 8) {
    const mask = range.bits - bit >= 8 ? 0xff : (0xff << (8 - (range.bits - bit))) & 0xff
    if ((bytes[bit / 8]! & mask) !== (range.bytes[bit / 8]! & mask)) return false
  }
  return true
}

/**
 * Why an address may not be reached on a person's behalf, or null when it is public unicast.
 * Anything that is not an IP address is refused too: only a resolver's answer is checked here.
 */
export const notPublicBecause = (address: string): string | null => {
  const four = ipv4Bytes(address)
  if (four) return V4_NOT_PUBLIC.find((range) => inRange(four, range))?.why ?? null
  const six = ipv6Bytes(address)
  if (!six) return 'not an IP address'
  const special = V6_NOT_PUBLIC.find((range) => inRange(six, range))
  if (special) return special.why
  const carrier = V6_CARRYING_V4.find((range) => inRange(six, range))
  if (!carrier) return null
  const why = notPublicBecause(six.slice(12).join('.'))
  return why && `${carrier.why} ${why}`
}
