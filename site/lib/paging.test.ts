import { describe, expect, it } from 'vitest'

import {
  archiveHref,
  archivePages,
  frontItems,
  olderThanFront,
  pageHref,
  paginatePaths,
} from './paging'

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

describe('the archive, counted from the oldest', () => {
  const newestFirst = (n: number) => Array.from({ length: n }, (_, i) => n - i) // n … 1

  it('holds every item once, oldest page first, each page newest first', () => {
    const pages = archivePages(newestFirst(7), 3)
    expect(pages.map((p) => p.items)).toEqual([[3, 2, 1], [6, 5, 4], [7]])
    expect(pages.map((p) => [p.number, p.newest])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ])
  })

  it('a new item changes only the newest page (or starts one): the older pages stay the same', () => {
    const before = archivePages(newestFirst(7), 3)
    const after = archivePages(newestFirst(8), 3)
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2))
    expect(after[2]!.items).toEqual([8, 7])
    const next = archivePages(newestFirst(10), 3)
    expect(next.slice(0, 3).map((p) => p.items)).toEqual([
      [3, 2, 1],
      [6, 5, 4],
      [9, 8, 7],
    ])
    expect(next[3]).toEqual({ number: 4, items: [10], newest: true })
  })

  it('has no page for an empty listing', () => {
    expect(archivePages([], 3)).toEqual([])
  })

  it('the front page shows the newest and leads to the page holding the next older item', () => {
    expect(frontItems(newestFirst(7), 3)).toEqual([7, 6, 5])
    // Item 4 is next: it is on archive page 2 ([6, 5, 4]).
    expect(olderThanFront(7, 3)).toBe(2)
    expect(olderThanFront(6, 3)).toBe(1)
    expect(olderThanFront(4, 3)).toBe(1)
    expect(olderThanFront(3, 3)).toBeNull()
    expect(olderThanFront(0, 3)).toBeNull()
    for (let total = 4; total < 40; total += 1) {
      const pages = archivePages(newestFirst(total), 3)
      const next = newestFirst(total)[3]
      expect(pages[olderThanFront(total, 3)! - 1]!.items).toContain(next)
    }
  })

  it('links to archive pages under the archive’s address', () => {
    expect(archiveHref('/news/archive/', 3)).toBe('/news/archive/3/')
  })
})
