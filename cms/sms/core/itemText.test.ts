import { describe, expect, it } from 'vitest'

import { itemSms } from './itemText'

const alert = {
  title: 'Boil water advisory for the north end',
  summary: 'Water may be unsafe after a main break.',
  url: 'https://maplebay.example/emergency/boil-water/',
  instruction: 'Boil tap water for one minute before drinking or cooking.',
  emergency: true,
  untranslated: false,
}

describe('itemSms', () => {
  it('an alert: city, headline, instruction and link, one GSM-7 segment when it fits', () => {
    const sms = itemSms(alert, 'en', 'Maple Bay')
    expect(sms.text).toBe(
      'Maple Bay: Boil water advisory for the north end\nBoil tap water for one minute before drinking or cooking.\nhttps://maplebay.example/emergency/boil-water/',
    )
    expect(sms.count).toMatchObject({ encoding: 'GSM-7', segments: 1 })
    expect(sms.shortened).toBe(false)
  })

  it('news: the summary in place of an instruction', () => {
    const sms = itemSms({ ...alert, emergency: false, instruction: null }, 'en', 'Maple Bay')
    expect(sms.text.split('\n')[1]).toBe('Water may be unsafe after a main break.')
  })

  it('French accents make it UCS-2, still within two segments, the link whole', () => {
    const long =
      'Faites bouillir l’eau du robinet une minute avant de la boire, de cuisiner, de vous brosser les dents ou de préparer le lait maternisé. '.repeat(
        2,
      )
    const sms = itemSms(
      {
        ...alert,
        title: 'Avis d’ébullition de l’eau dans le secteur nord',
        instruction: long,
        url: 'https://maplebay.example/fr/urgences/ebullition/',
      },
      'fr',
      'Maple Bay',
    )
    expect(sms.count.encoding).toBe('UCS-2')
    expect(sms.count.segments).toBeLessThanOrEqual(2)
    expect(sms.shortened).toBe(true)
    expect(sms.text.endsWith('\nhttps://maplebay.example/fr/urgences/ebullition/')).toBe(true)
    expect(sms.text).toContain('...')
  })

  it('a French text of an English-only item says so', () => {
    expect(itemSms({ ...alert, untranslated: true }, 'fr', 'Maple Bay').text).toMatch(
      /^Maple Bay \(en anglais\): Boil water/,
    )
    expect(itemSms({ ...alert, untranslated: true }, 'en', 'Maple Bay').text).toMatch(
      /^Maple Bay: Boil water/,
    )
  })
})
