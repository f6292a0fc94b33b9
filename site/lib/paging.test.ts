import { describe, expect, it } from 'vitest'

import { pageHref, paginatePaths } from './paging'

describe('paginatePaths', () => {
  it('puts page 1 at the listing address and the rest under page/N/', () => {
    const paths = paginatePaths(
      Array.from({ length: 7 }, (_, i) => i),
      '/news/',
      {},
      3,
    )
    expect(paths.map((p) => p.params.page)).toEqual([undefined, 'page/2', 'page/3'])
    expect(paths.map((p) => p.props.items)).toEqual([[0, 1, 2], [3, 4, 5], [6]])
    expect(paths[2]!.props).toMatchObject({ page: 3, pages: 3, base: '/news/' })
  })

  it('an empty listing still has its first page', () => {
    expect(paginatePaths([], '/news/')).toEqual([
      { params: { page: undefined }, props: { items: [], page: 1, pages: 1, base: '/news/' } },
    ])
  })

  it('keeps other route parameters', () => {
    expect(paginatePaths([1], '/publications/kind/report/', { kind: 'report' })[0]!.params).toEqual(
      { kind: 'report', page: undefined },
    )
  })

  it('links page 1 to the listing itself', () => {
    expect(pageHref('/news/', 1)).toBe('/news/')
    expect(pageHref('/news/', 4)).toBe('/news/page/4/')
  })
})
