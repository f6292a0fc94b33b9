/**
 * The one reader of URLs a person gives the City to send to (a browser's push endpoint today;
 * callbacks and watches later). It parses once with the WHATWG URL parser, refuses anything odd
 * rather than repairing it, and returns the normalised URL: that string is what gets stored and
 * what gets sent, so no second parser can read it differently (a `;` or `{` in a host name was
 * read as part of an allowed name here and as the end of the host by the sending library).
 */

/**
 * Where sending is allowed. Built-in services (`fcm.googleapis.com`, `.push.apple.com`: a leading
 * dot allows its subdomains, not itself) are reached on port 443 and only at public addresses.
 * What the operator names in the environment is trusted as written: `host:port` (loopback
 * included, for tests and on-premises relays); a plain host means port 443.
 */
export type HostRule = { host: string; port: number; subdomains: boolean; trusted: boolean }

export type OutboundUrl = { url: string; host: string; port: number; rule: HostRule }

export type UrlRefusal = { ok: false; message: string }

const MAX_LENGTH = 1000
/** A DNS label: letters, digits and inner hyphens (IDNs arrive here as xn-- labels). */
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/

const isIpLiteral = (host: string) => host.startsWith('[') || IPV4.test(host)

/**
 * A host name as a resolver reads it: LDH labels, nothing else. IP literals are not names.
 */
export const isDnsName = (host: string) =>
  host.length <= 253 &&
  !IPV4.test(host) &&
  host.split('.').length >= 2 &&
  host.split('.').every((label) => LABEL.test(label)) &&
  !/^\d+$/.test(host.split('.').at(-1)!)

/**
 * The rules from a list of entries. Refuses an entry it cannot read, naming it, so a typo in the
 * environment stops the start instead of silently allowing nothing (or everything).
 */
export const hostRules = (entries: readonly string[], trusted: boolean): HostRule[] =>
  entries.map((raw) => {
    const entry = raw.trim().toLowerCase()
    const subdomains = entry.startsWith('.')
    const bare = subdomains ? entry.slice(1) : entry
    const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(bare)
    const host = match?.[1] ?? ''
    const port = match?.[2] === undefined ? 443 : Number(match[2])
    const hostOk = isDnsName(host) || (isIpLiteral(host) && !subdomains) || host === 'localhost'
    if (!match || !hostOk || port < 1 || port > 65535)
      throw new Error(
        `"${raw}" is not a push service host: write a host name (fcm.googleapis.com), a leading ` +
          'dot for its subdomains (.push.apple.com), or host:port (127.0.0.1:8443).',
      )
    return { host, port, subdomains, trusted }
  })

/** The rule a host and port fall under: the exact name, or a subdomain by whole labels. */
export const ruleFor = (host: string, port: number, rules: readonly HostRule[]) =>
  rules.find(
    (rule) =>
      rule.port === port && (rule.subdomains ? host.endsWith(`.${rule.host}`) : host === rule.host),
  ) ?? null

const refuse = (message: string): UrlRefusal => ({ ok: false, message })

type Parsed = { url: URL; host: string; port: number; literal: boolean }

/**
 * The checks every URL from outside passes, whatever it is for: a string within the length, no
 * characters the parser would silently drop or turn into others, one of the schemes, no user
 * information, no fragment, a host that is a plain DNS name or an IP literal.
 */
const parseStrictly = (
  input: unknown,
  schemes: readonly string[],
  maxLength: number,
): { ok: true; value: Parsed } | UrlRefusal => {
  if (typeof input !== 'string' || input === '') return refuse('The address is missing.')
  if (input.length > maxLength)
    return refuse(`The address is longer than ${maxLength.toLocaleString('en-CA')} characters.`)
  // The parser would quietly drop tabs, line breaks and outer spaces: refuse them instead.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u0020\u007f-\u009f\\]/.test(input))
    return refuse('The address contains spaces, control characters or a backslash.')
  let url: URL
  try {
    url = new URL(input)
  } catch {
    return refuse('The address is not a URL.')
  }
  if (!schemes.includes(url.protocol))
    return refuse(`The address must start with ${schemes.map((s) => `${s}//`).join(' or ')}.`)
  const authority = input.replace(/^[a-z]+:\/\//i, '').split(/[/?#]/)[0] ?? ''
  if (url.username || url.password || authority.includes('@'))
    return refuse('The address must not carry a user name or password.')
  if (url.hash || input.includes('#')) return refuse('The address must not have a # part.')
  const host = url.hostname
  const literal = isIpLiteral(host)
  if (!literal && !isDnsName(host) && host !== 'localhost')
    return refuse(`${host} is not a plain host name (letters, digits, hyphens and dots).`)
  const port = url.port === '' ? (url.protocol === 'http:' ? 80 : 443) : Number(url.port)
  return { ok: true, value: { url, host, port, literal } }
}

/**
 * Reads a URL a person supplied for the City to send to. https only, no user name or password, no
 * fragment, a host that is a plain DNS name (or an IP literal the operator named), on an allowed
 * host and port.
 */
export const readOutboundUrl = (
  input: unknown,
  rules: readonly HostRule[],
): { ok: true; value: OutboundUrl } | UrlRefusal => {
  const parsed = parseStrictly(input, ['https:'], MAX_LENGTH)
  if (!parsed.ok) return parsed
  const { url, host, port, literal } = parsed.value
  const rule = ruleFor(host, port, rules)
  if (!rule || ((literal || host === 'localhost') && !rule.trusted))
    return refuse(`${port === 443 ? host : `${host}:${port}`} is not a service this site sends to.`)
  return { ok: true, value: { url: url.href, host, port, rule } }
}

/**
 * Reads an Open311 app's callback URL: https, no user name, password or fragment, a plain DNS name
 * on port 443, unless the operator trusted the host and port (OPEN311_CALLBACK_HOSTS). An IP
 * literal or `localhost` is refused outright; a name is resolved and checked before it is kept and
 * again at each send (cms/http/outboundAgent.ts), so it cannot be pointed at the City's network.
 */
export const readCallbackUrl = (
  input: unknown,
  trusted: readonly HostRule[],
): { ok: true; value: OutboundUrl } | UrlRefusal => {
  const parsed = parseStrictly(input, ['https:'], MAX_LENGTH)
  if (!parsed.ok) return parsed
  const { url, host, port, literal } = parsed.value
  const rule = ruleFor(host, port, trusted)
  if (rule) return { ok: true, value: { url: url.href, host, port, rule } }
  if (literal || host === 'localhost')
    return refuse(`${host} is an address, not a public host name: give the app's DNS name.`)
  if (port !== 443) return refuse('A callback goes to port 443: leave the port out.')
  return {
    ok: true,
    value: { url: url.href, host, port, rule: { host, port, subdomains: false, trusted: false } },
  }
}

/**
 * Reads a URL a person supplied that the City only keeps and shows to staff as a link, never
 * fetches (Open311's media_url): http or https on the default port, a public-looking host name
 * (no IP literal, no localhost: a click from a staff browser must not reach the City's network).
 */
export const readLinkUrl = (
  input: unknown,
  maxLength = 2000,
): { ok: true; url: string } | UrlRefusal => {
  const parsed = parseStrictly(input, ['https:', 'http:'], maxLength)
  if (!parsed.ok) return parsed
  const { url, host, literal } = parsed.value
  if (literal || host === 'localhost' || host.endsWith('.local') || host.endsWith('.internal'))
    return refuse(`${host} is not a public host name.`)
  if (url.port !== '') return refuse('The address must use the default port.')
  return { ok: true, url: url.href }
}
