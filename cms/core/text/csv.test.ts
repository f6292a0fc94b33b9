import { describe, expect, it } from 'vitest'

import { csvCell, csvLine } from './csv'

describe('CSV cells', () => {
  it('quotes what needs quoting and defuses formulas, but leaves negative numbers as numbers', () => {
    expect(csvLine(['plain', 'a,b', 'say "hi"', null, 3])).toBe('plain,"a,b","say ""hi""",,3')
    expect(csvCell('=SUM(A1)')).toBe(`"'=SUM(A1)"`)
    expect(csvCell('@cmd')).toBe(`"'@cmd"`)
    expect(csvCell(-82.945)).toBe('-82.945')
    expect(csvCell('-5 days')).toBe('-5 days')
  })
})
