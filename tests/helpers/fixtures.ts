import sharp from 'sharp'

import type { ContentSlug } from '../../cms/core/slugs'
import { richText } from '../../cms/core/text/lexical'

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

/** The smallest valid item of each content type, with only the fields each requires. */
export const validContent = (slug: ContentSlug, title: string): Record<string, unknown> => {
  const base = {
    title,
    summary: `Summary of ${title}.`,
    body: richText({ paragraph: `Body of ${title}.` }),
  }
  switch (slug) {
    case 'media-releases':
      return base
    case 'publications':
      return { ...base, audience: 'public', kind: 'report' }
    case 'sponsorship-packages':
      return { ...base, tier: 'patron', value: 5000, totalSlots: 2, deadline: inDays(30) }
    case 'emergency-bulletins':
      return {
        ...base,
        event: 'Boil water advisory',
        category: ['Health'],
        urgency: 'Immediate',
        severity: 'Moderate',
        certainty: 'Observed',
        instruction: 'Boil water for one minute before use.',
        eventCode: 'drinkingWate',
        areas: [
          {
            areaDesc: 'Ward 3',
            geocodes: [{ valueName: 'profile:CAP-CP:Location:0.3', value: '3537039' }],
          },
        ],
        expires: inDays(2),
        msgType: 'Alert',
      }
    case 'kb-articles':
      return { ...base, audience: 'public', reviewBy: inDays(365) }
  }
}

/** A real PNG made by sharp, for upload tests (large enough for every image size by default). */
export const pngFile = async (name = 'square.png', width = 1200, height = 900) => {
  const data = await sharp({
    create: { width, height, channels: 3, background: { r: 0, g: 90, b: 160 } },
  })
    .png()
    .toBuffer()
  return { data, mimetype: 'image/png', name, size: data.length }
}

/** A small, well-formed one-page PDF with a correct cross-reference table. */
export const pdfFile = (name = 'report.pdf') => {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ]
  let text = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(text))
    text += `${index + 1} 0 obj ${object} endobj\n`
  })
  const xrefAt = Buffer.byteLength(text)
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  text += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  text += `trailer << /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`
  const data = Buffer.from(text, 'latin1')
  return { data, mimetype: 'application/pdf', name, size: data.length }
}
