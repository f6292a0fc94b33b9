import { describe, expect, it } from 'vitest'

import { csvCell, csvLine } from './csv'

describe('CSV cells', () => {
  it('quotes what needs quoting and defuses formulas, but leaves a plain negative number a number', () => {
    expect(csvLine(['plain', 'a,b', 'say "hi"', null, 3])).toBe('plain,"a,b","say ""hi""",,3')
    expect(csvCell('=SUM(A1)')).toBe(`"'=SUM(A1)"`)
    expect(csvCell('@cmd')).toBe(`"'@cmd"`)
    expect(csvCell(-82.945)).toBe('-82.945')
    expect(csvCell('-82.945')).toBe('-82.945')
  })

  it.each([
    ['-1+cmd|" /C calc"!A0', `"'-1+cmd|"" /C calc""!A0"`],
    ['-5 days', `"'-5 days"`],
    ['+1 613 555 0100', `"'+1 613 555 0100"`],
    ['-1e3', `"'-1e3"`],
    ['\t=1+1', `"'\t=1+1"`],
    ['\r=1+1', `"'\r=1+1"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
  ])('always prefixes %j, which a spreadsheet could read as a formula', (cell, written) => {
    expect(csvCell(cell)).toBe(written)
  })
})
