import { describe, expect, it } from 'vitest'

import { notPublicBecause } from './addresses'
import { hostRules, readOutboundUrl } from './outboundUrl'

/**
 * The hostile-URL table: every place that accepts a URL from a person reads it here, so every
 * trick is tried once, here, against the push services' rules (the built-in list, and what an
 * operator adds in PUSH_SERVICE_HOSTS).
 */
const RULES = [
  ...hostRules(['fcm.googleapis.com', '.push.apple.com', '.notify.windows.com'], false),
  ...hostRules(['127.0.0.1:8443', 'relay.city.example'], true),
]
const read = (url: string) => readOutboundUrl(url, RULES)

describe('a push endpoint a person supplies', () => {
  it.each([
    ['https://fcm.googleapis.com/fcm/send/abc', 'https://fcm.googleapis.com/fcm/send/abc'],
    ['https://FCM.GoogleAPIs.com:443/fcm/send/abc', 'https://fcm.googleapis.com/fcm/send/abc'],
    ['https://web.push.apple.com/QG9x', 'https://web.push.apple.com/QG9x'],
    ['https://wns2-bn3p.notify.windows.com/w/?token=a%2Bb', null],
    ['https://127.0.0.1:8443/push/1', null],
    ['https://relay.city.example/p', null],
    ['https://fcm.googleapis.com/a%2e%2e/b', null],
  ])('%s is accepted, stored as its normalised form', (input, normal) => {
    const got = read(input)
    expect(got.ok).toBe(true)
    if (got.ok) expect(got.value.url).toBe(normal ?? input)
  })

  it.each([
    // Delimiters the sending library reads as the end of the host.
    ['https://127.0.0.77;.push.apple.com/x', 'not a plain host name'],
    ["https://127.0.0.77'.push.apple.com/x", 'not a plain host name'],
    ['https://127.0.0.77".push.apple.com/x', 'not a plain host name'],
    ['https://169.254.169.254{.push.apple.com/x', 'not a plain host name'],
    ['https://127.0.0.77}.push.apple.com/x', 'not a plain host name'],
    ['https://127.0.0.77`.push.apple.com/x', 'not a plain host name'],
    ['https://127.0.0.77!.push.apple.com/x', 'not a plain host name'],
    ['https://a_b.push.apple.com/x', 'not a plain host name'],
    ['https://127.0.0.1\\.push.apple.com/x', 'backslash'],
    ['https://fcm.googleapis.com%2f@127.0.0.1/', 'user name'],
    // User information.
    ['https://fcm.googleapis.com@127.0.0.1/x', 'user name'],
    ['https://user:pw@fcm.googleapis.com/x', 'user name'],
    ['https://@fcm.googleapis.com/x', 'user name'],
    // Ports: a plain entry is port 443 and nothing else.
    ['https://fcm.googleapis.com:8443/x', 'not a service'],
    ['https://fcm.googleapis.com:0/x', 'not a service'],
    ['https://relay.city.example:25/x', 'not a service'],
    ['https://127.0.0.1/x', 'not a service'],
    ['https://127.0.0.1:8444/x', 'not a service'],
    // IPv6 literals.
    ['https://[::1]/x', 'not a service'],
    ['https://[::ffff:127.0.0.1]/x', 'not a service'],
    ['https://[fd00:ec2::254]/x', 'not a service'],
    ['https://[::ffff:a9fe:a9fe]/x', 'not a service'],
    // Decimal, octal and hexadecimal IPv4 (the parser turns each into 127.0.0.1 or 169.254…).
    ['https://2130706433/x', 'not a service'],
    ['https://0177.0.0.1/x', 'not a service'],
    ['https://0x7f.0.0.1/x', 'not a service'],
    ['https://0x7f000001/x', 'not a service'],
    ['https://127.1/x', 'not a service'],
    ['https://0xa9.0xfe.0xa9.0xfe/x', 'not a service'],
    // A trailing dot names the same host to a resolver but not to an exact match.
    ['https://fcm.googleapis.com./x', 'not a plain host name'],
    ['https://web.push.apple.com./x', 'not a plain host name'],
    ['https://fcm.googleapis.com\u3002/x', 'not a plain host name'],
    // Look-alikes: labels must match whole.
    ['https://push.apple.com/x', 'not a service'],
    ['https://evilpush.apple.com/x', 'not a service'],
    ['https://web.push.apple.com.evil.example/x', 'not a service'],
    ['https://fcm.googleapis.com.evil.example/x', 'not a service'],
    // Node 20's URL parser refuses this invalid punycode label; Node 24's accepts it, and then the
    // host rule refuses it. Either way it is refused.
    ['https://xn--fcm-googleapis-com.evil/x', /not a URL|not a service/],
    ['https://xn--fcm-gogleapis-xyb.com/x', 'not a service'],
    ['https://localhost/x', 'not a service'],
    // Schemes, fragments, spaces, control characters, size.
    ['http://fcm.googleapis.com/x', 'https://'],
    ['javascript:alert(1)', 'https://'],
    ['file:///etc/passwd', 'https://'],
    ['https://fcm.googleapis.com/x#frag', '# part'],
    [' https://fcm.googleapis.com/x', 'spaces'],
    ['https://fcm.google\napis.com/x', 'control'],
    ['https://fcm.googleapis.com/x\t', 'control'],
    ['https://fcm.googleapis.com/x\u0000', 'control'],
    [`https://fcm.googleapis.com/${'a'.repeat(1000)}`, 'longer than 1,000'],
    ['not a url', 'spaces'],
    ['', 'missing'],
  ])('%j is refused (%s)', (input, why) => {
    const got = read(input)
    expect(got.ok).toBe(false)
    if (!got.ok) expect(got.message).toMatch(why)
  })

  it('refuses what is not a string', () => {
    for (const input of [null, undefined, 42, {}, ['https://fcm.googleapis.com/x']])
      expect(readOutboundUrl(input, RULES).ok).toBe(false)
  })

  it('names the rule an address falls under; only operator entries are trusted', () => {
    const apple = read('https://web.push.apple.com/x')
    const relay = read('https://127.0.0.1:8443/x')
    expect(apple.ok && apple.value.rule).toMatchObject({ host: 'push.apple.com', trusted: false })
    expect(relay.ok && relay.value).toMatchObject({ host: '127.0.0.1', port: 8443 })
    expect(relay.ok && relay.value.rule.trusted).toBe(true)
  })
})

describe('the operator’s entries (PUSH_SERVICE_HOSTS)', () => {
  it('reads a host, a subdomain rule, host:port and an IPv6 literal', () => {
    expect(hostRules([' Push.Example.org ', '.relay.example', '[::1]:9000'], true)).toEqual([
      { host: 'push.example.org', port: 443, subdomains: false, trusted: true },
      { host: 'relay.example', port: 443, subdomains: true, trusted: true },
      { host: '[::1]', port: 9000, subdomains: false, trusted: true },
    ])
  })

  it.each(['push.example.org:99999', 'a;b.example', 'https://push.example.org', '.127.0.0.1', ''])(
    'refuses %j, naming it',
    (entry) => {
      expect(() => hostRules([entry], true)).toThrow(`"${entry}" is not a push service host`)
    },
  )
})

describe('the addresses a name may resolve to (checked again at send time)', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.31.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['100.100.100.200', 'carrier-grade'],
    ['0.0.0.0', 'this network'],
    ['224.0.0.251', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['192.0.2.10', 'documentation'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'link-local'],
    ['fd00:ec2::254', 'unique local'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
    ['::ffff:a9fe:a9fe', 'IPv4-mapped link-local'],
    ['64:ff9b::a00:1', 'NAT64 a private network'],
    ['2001:db8::1', 'documentation'],
    ['fcm.googleapis.com', 'not an IP address'],
    ['1.2.3', 'not an IP address'],
    ['01.2.3.4', 'not an IP address'],
  ])('%s is not public (%s)', (address, why) => {
    expect(notPublicBecause(address)).toContain(why)
  })

  it.each([
    '142.250.80.10',
    '17.253.144.10',
    '8.8.8.8',
    '2607:f8b0:4004:c1b::5f',
    '::ffff:8.8.8.8',
  ])('%s is public', (address) => {
    expect(notPublicBecause(address)).toBeNull()
  })
})
