/**
 * Builds Lexical editor state (the JSON Payload stores for rich text) from plain blocks, for seed
 * data, tests and imports. Produces the same node shapes the admin editor writes.
 */
type Block =
  | { paragraph: string }
  | { heading: string; level?: 2 | 3 | 4 }
  | { list: string[]; ordered?: boolean }
  | { link: { text: string; url: string }; before?: string; after?: string }

type LexicalNode = { type: string; version: number; [key: string]: unknown }

const text = (value: string): LexicalNode => ({
  type: 'text',
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const element = (
  type: string,
  children: LexicalNode[],
  extra: Record<string, unknown> = {},
): LexicalNode => ({
  ...extra,
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
})

const toNode = (block: Block): LexicalNode => {
  if ('paragraph' in block)
    return element('paragraph', [text(block.paragraph)], { textFormat: 0, textStyle: '' })
  if ('heading' in block)
    return element('heading', [text(block.heading)], { tag: `h${block.level ?? 2}` })
  if ('list' in block) {
    const items = block.list.map((item, index) =>
      element('listitem', [text(item)], { value: index + 1 }),
    )
    return element('list', items, {
      listType: block.ordered ? 'number' : 'bullet',
      start: 1,
      tag: block.ordered ? 'ol' : 'ul',
    })
  }
  const link = element('link', [text(block.link.text)], {
    fields: { linkType: 'custom', newTab: false, url: block.link.url },
  })
  const parts = [
    block.before ? text(block.before) : null,
    link,
    block.after ? text(block.after) : null,
  ]
  return element(
    'paragraph',
    parts.filter((part): part is LexicalNode => part !== null),
    {
      textFormat: 0,
      textStyle: '',
    },
  )
}

type LexicalDocument = {
  root: {
    type: 'root'
    children: LexicalNode[]
    direction: 'ltr'
    format: ''
    indent: number
    version: number
  }
}

export const richText = (...blocks: Block[]): LexicalDocument => ({
  root: {
    type: 'root',
    children: blocks.map(toNode),
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
  },
})

/**
 * The plain words of a Lexical document, blocks separated by blank lines (for summaries, search,
 * checks).
 */
export const plainText = (document: unknown): string => {
  const walk = (node: unknown): string => {
    if (!node || typeof node !== 'object') return ''
    const {
      type,
      text: value,
      children,
    } = node as { type?: string; text?: unknown; children?: unknown[] }
    if (type === 'text' && typeof value === 'string') return value
    if (type === 'linebreak') return '\n'
    const inner = (children ?? []).map(walk)
    const joiner = type === 'root' || type === 'list' ? '\n\n' : ''
    return inner.join(type === 'list' ? '\n' : joiner)
  }
  return walk((document as { root?: unknown } | null)?.root).trim()
}
