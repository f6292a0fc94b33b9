import { describe, expect, it } from 'vitest'

import { MAX_PAGE_SIZE, ParameterError, readPaging, readWindow } from './paging'

describe('Open311 paging', () => {
  it('defaults to the first page of 1,000', () => {
    expect(readPaging(null, null)).toEqual({ page: 1, size: MAX_PAGE_SIZE })
    expect(readPaging('', ' ')).toEqual({ page: 1, size: 1000 })
  })

  it('reads a page and a size', () => {
    expect(readPaging('2', '2')).toEqual({ page: 2, size: 2 })
    expect(readPaging(' 7 ', '1000')).toEqual({ page: 7, size: 1000 })
  })

  it.each([
    ['0', null, /`page` must be a whole number from 1/],
    ['-1', null, /`page`/],
    ['1.5', null, /`page`/],
    ['two', null, /not two/],
    [null, '1001', /`page_size` must be a whole number from 1 to 1,000, not 1001/],
    [null, '0', /`page_size`/],
    [null, '1e3x', /`page_size`/],
  ])('refuses page=%s page_size=%s, naming the parameter', (page, size, message) => {
    expect(() => readPaging(page, size)).toThrow(ParameterError)
    expect(() => readPaging(page, size)).toThrow(message)
  })
})

describe('Open311 time window', () => {
  const now = new Date('2026-12-07T12:00:00Z')

  it('is the last 90 days when not given, and what is given otherwise', () => {
    expect(readWindow(null, null, now)).toEqual({
      from: new Date('2026-09-08T12:00:00Z'),
      to: now,
    })
    expect(readWindow('2026-12-01T00:00:00-05:00', '2026-12-02T00:00:00-05:00', now)).toEqual({
      from: new Date('2026-12-01T05:00:00Z'),
      to: new Date('2026-12-02T05:00:00Z'),
    })
    // An end alone: the 90 days before it.
    expect(readWindow(null, '2026-12-01T00:00:00Z', now).from).toEqual(
      new Date('2026-09-02T00:00:00Z'),
    )
  })

  it('refuses a date it cannot read, and a start after the end, naming them', () => {
    expect(() => readWindow('yesterday', null, now)).toThrow(/`start_date` must be a W3C/)
    expect(() => readWindow(null, 'soon', now)).toThrow(/`end_date` must be a W3C/)
    expect(() => readWindow('2026-12-02T00:00:00Z', '2026-12-01T00:00:00Z', now)).toThrow(
      ParameterError,
    )
  })
})
