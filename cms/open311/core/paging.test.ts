import { describe, expect, it } from 'vitest'

import { MAX_PAGE_SIZE, PagingError, readPaging } from './paging'

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
    expect(() => readPaging(page, size)).toThrow(PagingError)
    expect(() => readPaging(page, size)).toThrow(message)
  })
})
