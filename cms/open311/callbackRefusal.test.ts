import { describe, expect, it } from 'vitest'

import { callbackRefusal, signBody } from './callbacks'

/** A resolver answering fixed addresses: the checks run as they would on a live name. */
const answering =
  (...addresses: string[]) =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }))

describe('an app’s callback URL', () => {
  it('is kept, normalised, when its name resolves only to public addresses', async () => {
    expect(
      await callbackRefusal('https://App.Example/hooks/311', [], answering('93.184.216.34')),
    ).toEqual({ url: 'https://app.example/hooks/311' })
  })

  it('is refused when its name resolves to a private, loopback or link-local address', async () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '192.168.0.9', '169.254.169.254', '::1'])
      expect(
        await callbackRefusal('https://app.example/hook', [], answering(address)),
        address,
      ).toEqual({ message: expect.stringContaining(address) })
    // One bad answer among good ones refuses the name.
    expect(
      await callbackRefusal('https://app.example/h', [], answering('93.184.216.34', '10.0.0.1')),
    ).toHaveProperty('message')
  })

  it('is refused when its name does not resolve', async () => {
    const failing = async () => {
      throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' })
    }
    expect(await callbackRefusal('https://nowhere.example/h', [], failing)).toEqual({
      message: 'nowhere.example could not be resolved (ENOTFOUND): check the name.',
    })
  })

  it('takes a host the operator trusted as written, port included', async () => {
    const trusted = [{ host: '127.0.0.1', port: 8443, subdomains: false, trusted: true }]
    expect(await callbackRefusal('https://127.0.0.1:8443/hook', trusted)).toEqual({
      url: 'https://127.0.0.1:8443/hook',
    })
    expect(await callbackRefusal('https://127.0.0.1:8444/hook', trusted)).toHaveProperty('message')
  })
})

describe('a callback’s signature', () => {
  it('is sha256= and the hex HMAC-SHA256 of the exact body (computed apart, with Python)', () => {
    expect(signBody('secret', '[{"update_id":"1"}]')).toBe(
      'sha256=09c29e50080e06bb16f7e36431212cfa60650df92318e985fd8312407ad451df',
    )
    expect(signBody('secret', '[{"update_id":"2"}]')).not.toBe(
      signBody('secret', '[{"update_id":"1"}]'),
    )
  })
})
