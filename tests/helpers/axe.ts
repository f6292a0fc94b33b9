import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'

/** axe with the WCAG 2.1 A and AA rules on the page as it is now; the label says which page failed. */
export const expectNoAxeViolations = async (
  page: Page,
  label: string,
  options: { include?: string } = {},
) => {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
  // A part of a page: the project's own panel on an admin screen whose framework parts are not.
  if (options.include) builder.include(options.include)
  const results = await builder.analyze()
  expect(
    results.violations.map((v) => `${label}: ${v.id} ${v.nodes[0]?.target.join(' ')}`),
  ).toEqual([])
}
