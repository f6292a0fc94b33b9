import { XmlDocument, XmlError } from 'libxml2-wasm'

/**
 * What is wrong with an RSS 2.0 document, by the specification's rules (RSS Advisory Board,
 * "RSS 2.0 Specification"): well-formed XML (libxml2), an `rss` root of version 2.0 with one
 * `channel` that has a `title`, an absolute `link` and a `description`; each item has a title or a
 * description, absolute links, a guid, and dates in RFC 822 form. Empty: valid.
 */
const RFC822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/

const absolute = (value: string) => {
  try {
    return /^https?:$/.test(new URL(value).protocol)
  } catch {
    return false
  }
}

const parse = (xml: string) => {
  try {
    return XmlDocument.fromString(xml)
  } catch (error) {
    if (error instanceof XmlError) return error
    throw error
  }
}

export const rssProblems = (xml: string): string[] => {
  const doc = parse(xml)
  if (doc instanceof XmlError) return [`not well-formed: ${doc.message}`]
  try {
    const text = (xpath: string) => doc.get(xpath)?.content ?? null
    const problems: string[] = []
    if (doc.root.name !== 'rss') return ['the root element is not rss']
    if (text('/rss/@version') !== '2.0') problems.push('rss version is not 2.0')
    if (doc.find('/rss/channel').length !== 1) return [...problems, 'not exactly one channel']
    for (const name of ['title', 'description'])
      if (!text(`/rss/channel/${name}`)) problems.push(`channel has no ${name}`)
    if (!absolute(text('/rss/channel/link') ?? '')) problems.push('channel link is not absolute')
    for (const name of ['pubDate', 'lastBuildDate']) {
      const value = text(`/rss/channel/${name}`)
      if (value !== null && !RFC822.test(value))
        problems.push(`channel ${name} is not an RFC 822 date: ${value}`)
    }
    const items = doc.find('/rss/channel/item').length
    for (let index = 1; index <= items; index += 1) {
      const field = (name: string) => text(`/rss/channel/item[${index}]/${name}`)
      const where = `item ${index}`
      if (!field('title') && !field('description'))
        problems.push(`${where} has neither title nor description`)
      const link = field('link')
      if (link !== null && !absolute(link)) problems.push(`${where} link is not absolute`)
      if (!field('guid')) problems.push(`${where} has no guid`)
      const date = field('pubDate')
      if (date !== null && !RFC822.test(date))
        problems.push(`${where} pubDate is not an RFC 822 date: ${date}`)
    }
    return problems
  } finally {
    doc.dispose()
  }
}

/** The items' titles, in order. */
export const rssTitles = (xml: string): string[] => {
  const doc = XmlDocument.fromString(xml)
  try {
    return doc.find('/rss/channel/item/title').map((node) => node.content)
  } finally {
    doc.dispose()
  }
}
