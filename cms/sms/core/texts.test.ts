import { describe, expect, it } from 'vitest'

import { countSegments } from './segments'
import { smsWords } from './texts'

const city = 'Maple Bay'
const page = 'https://maplebay.example/fr/abonnement/'

describe('the subscription texts', () => {
  it.each(['en', 'fr'] as const)(
    '%s: every message is GSM-7 and at most two segments',
    (language) => {
      const w = smsWords(language)
      const all = [
        w.code(city, '123456', 15),
        w.welcome(city),
        w.stopped(city),
        w.restarted(city),
        w.notSubscribed(city, page),
        w.help(city, page),
        w.noReader(city),
      ]
      for (const text of all) {
        expect(countSegments(text).encoding, text).toBe('GSM-7')
        expect(countSegments(text).segments, text).toBeLessThanOrEqual(2)
      }
    },
  )

  it('the code, the stop confirmation and the welcome are one segment each', () => {
    for (const language of ['en', 'fr'] as const) {
      const w = smsWords(language)
      for (const text of [w.code(city, '123456', 15), w.stopped(city), w.welcome(city)])
        expect(countSegments(text).segments, text).toBe(1)
    }
  })

  it('name the sender and the way out (carriers ask it of every program)', () => {
    expect(smsWords('en').welcome(city)).toMatch(/^Maple Bay alerts: .*Reply STOP to end, HELP/)
    expect(smsWords('fr').welcome(city)).toMatch(/^Alertes Maple Bay : .*ARRET.*AIDE/)
    expect(smsWords('en').stopped(city)).toContain('START')
    expect(smsWords('en').help(city, page)).toContain(page)
  })
})
