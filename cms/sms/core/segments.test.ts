import { describe, expect, it } from 'vitest'

import { countSegments, isGsm7 } from './segments'

describe('SMS segments', () => {
  it('counts a plain English text in GSM-7: 160 in one segment, then 153 a part', () => {
    expect(countSegments('')).toMatchObject({ segments: 0, units: 0 })
    expect(countSegments('a'.repeat(160))).toMatchObject({
      encoding: 'GSM-7',
      segments: 1,
      units: 160,
      left: 0,
    })
    expect(countSegments('a'.repeat(161))).toMatchObject({
      segments: 2,
      perSegment: 153,
      left: 145,
    })
    expect(countSegments('a'.repeat(306))).toMatchObject({ segments: 2, left: 0 })
    expect(countSegments('a'.repeat(307))).toMatchObject({ segments: 3 })
  })

  it('counts extension characters twice and never splits one across parts', () => {
    expect(countSegments('€').units).toBe(2)
    expect(countSegments('[x]{y}').units).toBe(10)
    expect(countSegments('a'.repeat(159) + '€')).toMatchObject({ segments: 2, units: 161 })
    // 152 places then a two-place €: it cannot take the last place of part one.
    const edge = countSegments('a'.repeat(152) + '€' + 'b'.repeat(10))
    expect(edge).toMatchObject({ segments: 2, units: 164, left: 153 - 12 })
  })

  it('keeps French with é, è, à, ù and É in GSM-7', () => {
    expect(isGsm7('Évitez la rue Élément; à éviter, où vous êtes')).toBe(false)
    expect(isGsm7('Évitez la rue; à éviter, où allez-vous? Ça va.')).toBe(true)
    expect(countSegments('Bulletin : évitez la zone à Maple Bay').encoding).toBe('GSM-7')
  })

  it('switches the whole text to UCS-2 for ç, ê, â, ô and other characters, and says which', () => {
    const fr = countSegments('Avis d’ébullition : faites bouillir l’eau. Façade fermée, fenêtre')
    expect(fr.encoding).toBe('UCS-2')
    expect(fr.nonGsm).toEqual(['’', 'ç', 'ê'])
    expect(countSegments('ç'.repeat(70))).toMatchObject({ segments: 1, perSegment: 70, left: 0 })
    expect(countSegments('ç'.repeat(71))).toMatchObject({ segments: 2, perSegment: 67 })
    expect(countSegments('ç'.repeat(134))).toMatchObject({ segments: 2, left: 0 })
  })

  it('counts an emoji as two UTF-16 units and never splits the pair', () => {
    expect(countSegments('🚨').units).toBe(2)
    const edge = countSegments('ç'.repeat(66) + '🚨' + 'ç'.repeat(10))
    expect(edge).toMatchObject({ encoding: 'UCS-2', units: 78, segments: 2, left: 67 - 12 })
  })
})
