import { xmlText } from '../../cms/core/text/xml'

type AtomEntry = {
  id: string
  title: string
  updated: Date
  capUrl: string
  pageUrl: string
  summary: string
}

/**
 * `/emergency/cap.atom`: the index of current CAP messages, as Canadian aggregators poll them. Each
 * entry links to its CAP file (application/cap+xml) and to the bulletin's page.
 */
export const buildCapAtom = (
  feed: { selfUrl: string; title: string; updated: Date; author: string },
  entries: AtomEntry[],
): string => {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlText(feed.selfUrl)}</id>`,
    `  <title>${xmlText(feed.title)}</title>`,
    `  <updated>${feed.updated.toISOString()}</updated>`,
    `  <author><name>${xmlText(feed.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.selfUrl)}"/>`,
  ]
  for (const entry of entries) {
    lines.push(
      '  <entry>',
      `    <id>${xmlText(entry.id)}</id>`,
      `    <title>${xmlText(entry.title)}</title>`,
      `    <updated>${entry.updated.toISOString()}</updated>`,
      `    <link rel="alternate" type="application/cap+xml" href="${xmlText(entry.capUrl)}"/>`,
      `    <link rel="related" type="text/html" href="${xmlText(entry.pageUrl)}"/>`,
      `    <summary>${xmlText(entry.summary)}</summary>`,
      '  </entry>',
    )
  }
  lines.push('</feed>', '')
  return lines.join('\n')
}
