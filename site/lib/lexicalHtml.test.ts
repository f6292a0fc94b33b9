import { describe, expect, it } from 'vitest'

import { richText } from '../../cms/core/text/lexical'
import { safeHref } from './html'
import { renderLexical } from './lexicalHtml'

const link = (url: string, label = 'label') => ({
  root: {
    type: 'root',
    children: [
      {
        type: 'paragraph',
        children: [{ type: 'link', fields: { url }, children: [{ type: 'text', text: label }] }],
      },
    ],
  },
})

describe('renderLexical', () => {
  it('renders the blocks editors write', () => {
    const html = renderLexical(
      richText(
        { heading: 'Where', level: 2 },
        { paragraph: 'Pools open.' },
        { list: ['One', 'Two'], ordered: true },
        { link: { text: 'the map', url: 'https://city.example/map' }, before: 'See ', after: '.' },
      ),
    )
    expect(html).toBe(
      '<h2>Where</h2><p>Pools open.</p><ol><li>One</li><li>Two</li></ol><p>See <a href="https://city.example/map">the map</a>.</p>',
    )
  })

  it('applies text formats and demotes h1 to h2 (the page title is the only h1)', () => {
    const doc = {
      root: {
        type: 'root',
        children: [
          { type: 'heading', tag: 'h1', children: [{ type: 'text', text: 'Big', format: 3 }] },
        ],
      },
    }
    expect(renderLexical(doc)).toBe('<h2><em><strong>Big</strong></em></h2>')
  })

  it('escapes text: markup in content is shown, never run', () => {
    const doc = richText({ paragraph: '<script>alert(1)</script> & "quotes" \'too\'' })
    expect(renderLexical(doc)).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;too&#39;</p>',
    )
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/x',
    'file:///etc/passwd',
    '',
  ])('drops a dangerous or empty href %j, keeping the text', (url) => {
    expect(renderLexical(link(url, 'click'))).toBe('<p>click</p>')
  })

  it('escapes an attribute-breaking URL', () => {
    const html = renderLexical(link('https://city.example/" onmouseover="alert(1)'))
    expect(html).not.toContain('" onmouseover')
    expect(html).toContain('href="https://city.example/%22%20onmouseover=%22alert(1)"')
  })

  it.each([
    ['https://city.example/a?b=1#c', 'https://city.example/a?b=1#c'],
    ['mailto:media@city.example', 'mailto:media@city.example'],
    ['tel:+15195550100', 'tel:+15195550100'],
    ['/news/pools/', '/news/pools/'],
    ['#contacts', '#contacts'],
  ])('keeps a safe href %s', (url, expected) => expect(safeHref(url)).toBe(expected))

  it('renders an uploaded image with its alt text, or nothing if the file is not public', () => {
    const doc = {
      root: {
        type: 'root',
        children: [
          { type: 'upload', value: { id: 7 } },
          { type: 'upload', value: 8 },
        ],
      },
    }
    const html = renderLexical(doc, (id) =>
      id === 7 ? { url: '/media/a.png', alt: 'A "quoted" map', width: 800, height: 600 } : null,
    )
    expect(html).toBe(
      '<figure><img src="/media/a.png" alt="A &quot;quoted&quot; map" width="800" height="600" loading="lazy" decoding="async"></figure>',
    )
  })

  it('renders children of unknown nodes and nothing for empty paragraphs or documents', () => {
    expect(
      renderLexical({
        root: {
          children: [
            { type: 'mystery', children: [{ type: 'text', text: 'kept' }] },
            { type: 'paragraph', children: [] },
          ],
        },
      }),
    ).toBe('kept')
    expect(renderLexical(null)).toBe('')
    expect(renderLexical({})).toBe('')
  })
})
