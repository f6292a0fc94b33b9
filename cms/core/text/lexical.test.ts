import { describe, expect, it } from 'vitest'

import { plainText, richText } from './lexical'

describe('richText', () => {
  it('builds the node shapes the Lexical editor writes', () => {
    const doc = richText({ heading: 'Where', level: 3 }, { paragraph: 'Hello.' })
    expect(doc.root).toMatchObject({
      type: 'root',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
    })
    expect(doc.root.children[0]).toMatchObject({
      type: 'heading',
      tag: 'h3',
      children: [{ type: 'text', text: 'Where' }],
    })
    expect(doc.root.children[1]).toMatchObject({
      type: 'paragraph',
      children: [{ type: 'text', text: 'Hello.', format: 0 }],
    })
  })

  it('builds lists and links', () => {
    const doc = richText(
      { list: ['One', 'Two'], ordered: true },
      { link: { text: 'the map', url: 'https://city.example/map' }, before: 'See ', after: '.' },
    )
    expect(doc.root.children[0]).toMatchObject({
      type: 'list',
      listType: 'number',
      tag: 'ol',
      children: [
        { type: 'listitem', value: 1 },
        { type: 'listitem', value: 2 },
      ],
    })
    expect(doc.root.children[1]).toMatchObject({
      type: 'paragraph',
      children: [
        { text: 'See ' },
        { type: 'link', fields: { url: 'https://city.example/map', linkType: 'custom' } },
        { text: '.' },
      ],
    })
  })

  it('omits empty text around a link', () => {
    const doc = richText({ link: { text: 'map', url: 'https://x.example' } })
    expect(doc.root.children[0]!.children).toHaveLength(1)
  })
})

describe('plainText', () => {
  it('joins blocks with blank lines and list items with line breaks', () => {
    const doc = richText(
      { heading: 'Title' },
      { paragraph: 'First.' },
      { list: ['a', 'b'] },
      { link: { text: 'here', url: 'https://x.example' }, before: 'Go ', after: '!' },
    )
    expect(plainText(doc)).toBe('Title\n\nFirst.\n\na\nb\n\nGo here!')
  })

  it.each([null, undefined, {}, { root: null }, 'text'])('is empty for %j', (value) =>
    expect(plainText(value)).toBe(''),
  )
})
