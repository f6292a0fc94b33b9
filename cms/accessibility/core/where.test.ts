import { describe, expect, it } from 'vitest'

import { whereLabel } from './where'

describe('whereLabel', () => {
  it.each([
    ['summary', 'Summary', 'summary'],
    ['body.root.children.3.children.0', 'Body, block 4', 'body'],
    ['body', 'Body', 'body'],
    ['relatedMedia.1', 'Related media 2', 'relatedMedia'],
    ['printEdition', 'Print edition', 'printEdition'],
  ])('%s → %s', (path, label, field) => expect(whereLabel(path)).toEqual({ label, field }))
})
