import { describe, expect, it } from 'vitest'

import { alertSms } from './alertText'

const url = 'https://maplebay.example/e/abc12'

describe('an alert as a text message', () => {
  it('sends the headline, the instruction and the link when they fit', () => {
    const sms = alertSms({
      headline: 'Boil water advisory, Ward 3',
      instruction: 'Boil tap water for one minute before drinking.',
      url,
    })
    expect(sms.text).toBe(
      `Boil water advisory, Ward 3\nBoil tap water for one minute before drinking.\n${url}`,
    )
    expect(sms).toMatchObject({ shortened: false, count: { encoding: 'GSM-7', segments: 1 } })
  })

  it('cuts the instruction at a word to fit, never the link, marked with three dots', () => {
    const sms = alertSms(
      {
        headline: 'Evacuation order: Riverside',
        instruction: 'Leave now by Main Street going north. '.repeat(12),
        url,
      },
      2,
    )
    expect(sms.shortened).toBe(true)
    expect(sms.count.segments).toBeLessThanOrEqual(2)
    expect(sms.text.endsWith(`...\n${url}`)).toBe(true)
    expect(sms.text.startsWith('Evacuation order: Riverside\nLeave now')).toBe(true)
    expect(sms.count.encoding).toBe('GSM-7')
  })

  it('counts French with characters outside GSM-7 as UCS-2 and fits it too', () => {
    const sms = alertSms(
      {
        headline: 'Avis d’ébullition de l’eau, quartier 3',
        instruction: 'Faites bouillir l’eau du robinet une minute avant de la boire. '.repeat(4),
        url,
      },
      2,
    )
    expect(sms.count.encoding).toBe('UCS-2')
    expect(sms.count.segments).toBeLessThanOrEqual(2)
    expect(sms.text).toContain(url)
  })

  it('cuts even the headline when it alone is too long for one segment', () => {
    const sms = alertSms({ headline: 'Word '.repeat(60), instruction: 'Stay home.', url }, 1)
    expect(sms.count.segments).toBe(1)
    expect(sms.text.endsWith(`...\n${url}`)).toBe(true)
    expect(sms.text).not.toContain('Stay home.')
  })
})
