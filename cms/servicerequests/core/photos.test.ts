import { describe, expect, it } from 'vitest'

import {
  checkMediaUrl,
  checkPhoto,
  countProblem,
  MAX_PHOTO_BYTES,
  MAX_PHOTOS,
  publicPhotoName,
  storedPhotoName,
} from './photos'

describe('photos a reporter sends', () => {
  it('accepts JPEG, PNG and WebP by their bytes, whatever the name says', () => {
    for (const detected of ['image/jpeg', 'image/png', 'image/webp'])
      expect(checkPhoto({ name: 'IMG_0001.JPG', bytes: 2_000_000, detected })).toBeNull()
  })

  it('refuses other types and names the field', () => {
    expect(checkPhoto({ name: 'a.gif', bytes: 10, detected: 'image/gif' })).toMatchObject({
      field: 'media',
      kind: 'photo-type',
    })
    expect(checkPhoto({ name: 'page.html', bytes: 10, detected: null }, 'photo')).toMatchObject({
      field: 'photo',
      kind: 'photo-type',
      message: expect.stringContaining('page.html is not a JPEG, PNG or WebP'),
    })
  })

  it('says how to send an iPhone photo as JPEG', () => {
    expect(
      checkPhoto({ name: 'IMG_2.HEIC', bytes: 10, detected: 'image/heic' })?.message,
    ).toContain('Most Compatible')
  })

  it('refuses a photo over the size limit, saying its size', () => {
    const problem = checkPhoto({
      name: 'big.jpg',
      bytes: MAX_PHOTO_BYTES + 1,
      detected: 'image/jpeg',
    })
    expect(problem).toMatchObject({ kind: 'photo-size' })
    expect(problem?.message).toContain('big.jpg is 10.0 MB')
    expect(
      checkPhoto({ name: 'ok.jpg', bytes: MAX_PHOTO_BYTES, detected: 'image/jpeg' }),
    ).toBeNull()
  })

  it('takes at most three photos per report', () => {
    expect(countProblem(MAX_PHOTOS)).toBeNull()
    expect(countProblem(MAX_PHOTOS + 1)).toMatchObject({ kind: 'photo-count' })
  })

  it('names stored files after the reference, never the reporter’s file name', () => {
    expect(storedPhotoName('SR-2026-000012', 0, 'image/jpeg')).toBe('SR-2026-000012-1.jpg')
    expect(storedPhotoName('SR-2026-000012', 2, 'image/png')).toBe('SR-2026-000012-3.png')
    expect(publicPhotoName('SR-2026-000012', 1)).toBe('SR-2026-000012-2-public.webp')
  })
})

describe('Open311 media_url', () => {
  it('keeps an absolute http(s) address, or nothing', () => {
    expect(checkMediaUrl(' https://app.example/p/1.jpg ')).toEqual({
      ok: true,
      url: 'https://app.example/p/1.jpg',
    })
    expect(checkMediaUrl('')).toEqual({ ok: true, url: null })
    expect(checkMediaUrl(undefined)).toEqual({ ok: true, url: null })
  })

  it('refuses other schemes, relative addresses, credentials and very long addresses', () => {
    for (const bad of [
      'file:///etc/passwd',
      'ftp://x.example/a.jpg',
      '/photos/1.jpg',
      'javascript:alert(1)',
      'https://user:pw@x.example/a.jpg',
      `https://x.example/${'a'.repeat(2000)}`,
    ])
      expect(checkMediaUrl(bad).ok, bad).toBe(false)
  })

  // The one URL reader's hostile table (cms/core/url/outboundUrl.test.ts), as a link staff click.
  it.each([
    'https://x.example;.app.example/a.jpg',
    'https://app.example@10.0.0.5/a.jpg',
    'https://app.example:8080/a.jpg',
    'http://127.0.0.1/a.jpg',
    'http://2130706433/a.jpg',
    'http://0x7f.1/a.jpg',
    'https://[::1]/a.jpg',
    'https://[fd00:ec2::254]/a.jpg',
    'https://169.254.169.254/latest',
    'https://app.example./a.jpg',
    'https://localhost/a.jpg',
    'https://nas.local/a.jpg',
    'https://app.example/a.jpg#x',
    'https://app.ex\nample/a.jpg',
    'https://app.example\\@evil.example/a.jpg',
  ])('refuses %j', (bad) => {
    expect(checkMediaUrl(bad).ok).toBe(false)
  })
})
