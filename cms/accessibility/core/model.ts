/**
 * The parts of a document the accessibility rules look at, whatever it was written in: Lexical rich
 * text in the CMS, or the HTML of a built page on the site. Each part keeps a `path` that says
 * where it is, so a finding can point the author at it.
 */
export type Heading = { level: number; text: string; path: string }
export type Link = { text: string; href: string; path: string; imageAlt?: string | null }
export type Image = { alt: string | null | undefined; filename?: string | null; path: string }
export type Table = { hasHeader: boolean; path: string }
export type Block = { text: string; path: string }

export type ContentModel = {
  headings: Heading[]
  links: Link[]
  images: Image[]
  tables: Table[]
  blocks: Block[]
}

const emptyModel = (): ContentModel => ({
  headings: [],
  links: [],
  images: [],
  tables: [],
  blocks: [],
})

type MediaLookup = (
  id: unknown,
) => { alt?: string | null; filename?: string | null; mimeType?: string | null } | null

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const childrenOf = (node: Record<string, unknown>): unknown[] =>
  Array.isArray(node.children) ? node.children : []

/** The plain text under a node (text and line breaks), whatever its shape. */
const textOf = (node: unknown, depth = 0): string => {
  if (!isObject(node) || depth > 200) return ''
  if (node.type === 'text' && typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return '\n'
  return childrenOf(node)
    .map((child) => textOf(child, depth + 1))
    .join('')
}

/**
 * Reads a Lexical document (as Payload stores it) into the model. Anything malformed is skipped,
 * never thrown on: the checker runs as people type, on half-written documents.
 */
export const fromLexical = (
  document: unknown,
  fieldPath: string,
  media: MediaLookup = () => null,
): ContentModel => {
  const model = emptyModel()
  const root = isObject(document) && isObject(document.root) ? document.root : null
  if (!root) return model
  const visit = (node: unknown, path: string, depth: number) => {
    if (!isObject(node) || depth > 200) return
    switch (node.type) {
      case 'heading': {
        const level = Number(String(node.tag ?? 'h2').replace(/\D/g, '')) || 2
        model.headings.push({ level, text: textOf(node).trim(), path })
        break
      }
      case 'paragraph':
      case 'quote':
      case 'listitem': {
        const text = textOf(node).trim()
        if (text) model.blocks.push({ text, path })
        break
      }
      case 'link':
      case 'autolink': {
        const fields = isObject(node.fields) ? node.fields : {}
        const image = childrenOf(node).find((child) => isObject(child) && child.type === 'upload')
        const imageAlt = image
          ? (media(
              isObject((image as Record<string, unknown>).value)
                ? (image as { value: { id?: unknown } }).value.id
                : (image as { value?: unknown }).value,
            )?.alt ?? null)
          : undefined
        model.links.push({
          text: textOf(node).trim(),
          href:
            typeof fields.url === 'string'
              ? fields.url
              : String(isObject(fields.doc) ? 'internal' : ''),
          path,
          imageAlt,
        })
        break
      }
      case 'upload': {
        const value = node.value
        const id = isObject(value) ? value.id : value
        const found =
          media(id) ??
          (isObject(value)
            ? (value as { alt?: string; filename?: string; mimeType?: string })
            : null)
        if (found && String(found.mimeType ?? '').startsWith('image/'))
          model.images.push({ alt: found.alt, filename: found.filename, path })
        break
      }
      case 'table': {
        const rows = childrenOf(node).filter(isObject)
        const firstRow = rows[0]
        const cells = firstRow ? childrenOf(firstRow).filter(isObject) : []
        const headerRow =
          cells.length > 0 && cells.every((cell) => Number(cell.headerState ?? 0) > 0)
        const headerColumn =
          rows.length > 0 &&
          rows.every(
            (row) => Number((childrenOf(row).filter(isObject)[0] ?? {}).headerState ?? 0) > 0,
          )
        model.tables.push({ hasHeader: headerRow || headerColumn, path })
        break
      }
      default:
        break
    }
    childrenOf(node).forEach((child, index) => visit(child, `${path}.children.${index}`, depth + 1))
  }
  childrenOf(root).forEach((child, index) => visit(child, `${fieldPath}.root.children.${index}`, 1))
  return model
}
