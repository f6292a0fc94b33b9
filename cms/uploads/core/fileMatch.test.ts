import { describe, expect, it } from 'vitest'

import { uploadMatches } from './fileMatch'

describe('uploadMatches', () => {
  it.each([
    [{ name: 'photo.PNG', declared: 'image/png', detected: 'image/png' }, true],
    [{ name: 'photo.jpeg', declared: 'image/jpeg', detected: 'image/jpeg' }, true],
    [{ name: 'report.pdf', declared: 'application/pdf', detected: 'application/pdf' }, true],
    [{ name: 'photo.png', declared: 'image/png', detected: null }, false], // an HTML page renamed
    [{ name: 'logo.svg', declared: 'image/svg+xml', detected: 'application/xml' }, false],
    [{ name: 'report.pdf', declared: 'application/pdf', detected: 'image/png' }, false],
    [{ name: 'photo.pdf', declared: 'image/png', detected: 'image/png' }, false],
    [{ name: 'photo', declared: 'image/png', detected: 'image/png' }, false],
  ])('%j → %s', (args, ok) => expect(uploadMatches(args).ok).toBe(ok))

  it('says what to do', () => {
    expect(
      uploadMatches({ name: 'report.pdf', declared: 'application/pdf', detected: 'image/png' }),
    ).toEqual({
      ok: false,
      message:
        'The file was sent as application/pdf but its contents are image/png. Save it in the right format and upload it again.',
    })
  })
})
