import { describe, expect, it } from 'vitest'

import { digestEmail } from './digestEmail'

const item = (title: string, untranslated = false) => ({
  title,
  summary: `About ${title}.`,
  url: `https://city.example/news/${encodeURIComponent(title)}/`,
  topic: 'news' as const,
  untranslated,
})
const base = {
  manageUrl: 'https://cms.example/m?token=a&b',
  unsubscribeUrl: 'https://cms.example/u',
  sender: { cityName: 'Corporate Communications', postalAddress: '1 Main St' },
  cityName: 'City of Exampleton',
}

describe('a digest email', () => {
  it('names the period and the count in its subject, in each language, one or many', () => {
    expect(
      digestEmail({ ...base, language: 'en', frequency: 'daily', items: [item('A')] }).subject,
    ).toBe('Today from the City of Exampleton: 1 new item')
    expect(
      digestEmail({ ...base, language: 'en', frequency: 'weekly', items: [item('A'), item('B')] })
        .subject,
    ).toBe('This week from the City of Exampleton: 2 new items')
    expect(
      digestEmail({ ...base, language: 'fr', frequency: 'daily', items: [item('A'), item('B')] })
        .subject,
    ).toBe('Aujourd’hui : 2 nouvelles publications de la Ville de Exampleton')
  })

  it('lists each item as a heading linking to its page, in order, text escaped, with the CASL footer', () => {
    const email = digestEmail({
      ...base,
      language: 'en',
      frequency: 'daily',
      items: [item('<b>First</b>'), item('Second')],
    })
    expect(email.html).toContain('<h1 style="font-size:24px">Published since yesterday</h1>')
    expect(email.html.indexOf('&lt;b&gt;First&lt;/b&gt;')).toBeLessThan(
      email.html.indexOf('Second'),
    )
    expect(email.html).not.toContain('<b>First</b>')
    expect(email.html).toContain('href="https://cms.example/m?token=a&amp;b"')
    expect(email.html).toContain('1 Main St')
    expect(email.text).toContain('Second\nAbout Second.\nhttps://city.example/news/Second/')
    expect(email.text).toContain('Unsubscribe: https://cms.example/u')
  })

  it('marks an English item in a French digest as English', () => {
    const email = digestEmail({
      ...base,
      language: 'fr',
      frequency: 'weekly',
      items: [item('Leaf collection', true)],
    })
    expect(email.html).toMatch(/<h2 style="font-size:19px" lang="en-CA"><a href=/)
    expect(email.html).toContain('<html lang="fr-CA">')
  })
})
