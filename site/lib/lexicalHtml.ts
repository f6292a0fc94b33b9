import { escapeHtml, safeHref } from './html'

/**
 * Renders Lexical rich text (as Payload stores it) to HTML for the public site. Every text is
 * escaped, every link checked by safeHref, unknown nodes render their children only: nothing in
 * content can add markup or script. Headings start at h2 (the page title is the one h1).
 */
type Node = { type?: string; children?: Node[]; [key: string]: unknown }
type MediaLookup = (
  id: unknown,
) => { url: string; alt: string; width?: number; height?: number; srcset?: string } | null

const FORMAT_TAGS: [number, string][] = [
  [1, 'strong'],
  [2, 'em'],
  [4, 's'],
  [8, 'u'],
  [16, 'code'],
  [32, 'sub'],
  [64, 'sup'],
]

const text = (node: Node): string => {
  let html = escapeHtml(node.text)
  const format = typeof node.format === 'number' ? node.format : 0
  for (const [bit, tag] of FORMAT_TAGS) if (format & bit) html = `<${tag}>${html}</${tag}>`
  return html
}

const headingLevel = (tag: unknown): number => {
  const level = Number(String(tag ?? 'h2').replace(/\D/g, '')) || 2
  return Math.min(6, Math.max(2, level))
}

export const renderLexical = (document: unknown, media: MediaLookup = () => null): string => {
  const children = (node: Node) => (node.children ?? []).map(render).join('')
  const render = (node: Node): string => {
    switch (node.type) {
      case 'text':
        return text(node)
      case 'linebreak':
        return '<br>'
      case 'tab':
        return ' '
      case 'paragraph': {
        const inner = children(node)
        return inner ? `<p>${inner}</p>` : ''
      }
      case 'heading': {
        const level = headingLevel(node.tag)
        return `<h${level}>${children(node)}</h${level}>`
      }
      case 'quote':
        return `<blockquote>${children(node)}</blockquote>`
      case 'list': {
        const tag = node.listType === 'number' ? 'ol' : 'ul'
        return `<${tag}>${children(node)}</${tag}>`
      }
      case 'listitem':
        return `<li>${children(node)}</li>`
      case 'horizontalrule':
        return '<hr>'
      case 'link':
      case 'autolink': {
        const fields = (node.fields ?? {}) as { url?: unknown; newTab?: unknown }
        const href = safeHref(fields.url)
        if (!href) return children(node)
        return `<a href="${escapeHtml(href)}">${children(node)}</a>`
      }
      case 'upload': {
        const found = media(
          node.value && typeof node.value === 'object'
            ? (node.value as { id?: unknown }).id
            : node.value,
        )
        if (!found) return ''
        const size =
          found.width && found.height ? ` width="${found.width}" height="${found.height}"` : ''
        const srcset = found.srcset
          ? ` srcset="${escapeHtml(found.srcset)}" sizes="(min-width: 48rem) 44rem, 100vw"`
          : ''
        return `<figure><img src="${escapeHtml(found.url)}"${srcset} alt="${escapeHtml(found.alt)}"${size} loading="lazy" decoding="async"></figure>`
      }
      default:
        return children(node)
    }
  }
  const root = (document as { root?: Node } | null)?.root
  return root ? children(root) : ''
}
