import { describe, expect, it } from 'vitest'

import { gatewaySignature, signatureValid } from './signature'

describe('gatewaySignature', () => {
  // The worked example of Twilio's security documentation (token, URL, fields and signature).
  const token = '12345'
  const url = 'https://mycompany.com/myapp.php?foo=1&bar=2'
  const fields = {
    CallSid: 'CA1234567890ABCDE',
    Caller: '+12349013030',
    Digits: '1234',
    From: '+12349013030',
    To: '+18005551212',
  }

  it('matches the published example', () => {
    expect(gatewaySignature(token, url, fields)).toBe('0/KCTR6DLpKmkAf8muzZqo1nDgQ=')
  })

  it('accepts the right signature and refuses any change', () => {
    const signature = gatewaySignature(token, url, fields)
    expect(signatureValid(token, url, fields, signature)).toBe(true)
    expect(signatureValid(token, url, { ...fields, Digits: '1235' }, signature)).toBe(false)
    expect(signatureValid(token, `${url}&x=1`, fields, signature)).toBe(false)
    expect(signatureValid('54321', url, fields, signature)).toBe(false)
    expect(signatureValid(token, url, fields, null)).toBe(false)
    expect(signatureValid(token, url, fields, 'short')).toBe(false)
  })
})
