import sharp from 'sharp'

import type { ContentSlug } from '../../collections/slugs'
import { richText } from '../../cms/text/lexical'

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

/** The smallest valid item of each content type, as DESIGN.md's minimal bodies describe them. */
export const validContent = (slug: ContentSlug, title: string): Record<string, unknown> => {
  const base = { title, summary: `Summary of ${title}.`, body: richText({ paragraph: `Body of ${title}.` }) }
  switch (slug) {
    case 'media-releases':
      return base
    case 'publications':
      return { ...base, audience: 'public', kind: 'report' }
    case 'sponsorship-packages':
      return { ...base, tier: 'patron', value: 5000, availableSlots: 2, deadline: inDays(30) }
    case 'emergency-bulletins':
      return {
        ...base,
        event: 'Boil water advisory',
        category: ['Health'],
        urgency: 'Immediate',
        severity: 'Moderate',
        certainty: 'Observed',
        instruction: 'Boil water for one minute before use.',
        areas: [{ areaDesc: 'Ward 3' }],
        expires: inDays(2),
        msgType: 'Alert',
      }
  }
}

/** A real 64×48 PNG made by sharp, for upload tests. */
export const pngFile = async (name = 'square.png') => {
  const data = await sharp({
    create: { width: 64, height: 48, channels: 3, background: { r: 0, g: 90, b: 160 } },
  })
    .png()
    .toBuffer()
  return { data, mimetype: 'image/png', name, size: data.length }
}

/** A minimal, well-formed one-page PDF. */
export const pdfFile = (name = 'report.pdf') => {
  const body = [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
  ].join('\n')
  const data = Buffer.from(body)
  return { data, mimetype: 'application/pdf', name, size: data.length }
}
