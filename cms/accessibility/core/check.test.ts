import { describe, expect, it } from 'vitest'

import { richText } from '../../core/text/lexical'
import { blocking, type CheckInput, checkItem } from './check'
import { findingsFr } from './findingMessages'

const t = (text: string, format = 0) => ({ type: 'text', text, format, version: 1 })
const p = (...children: unknown[]) => ({ type: 'paragraph', children, version: 1 })
const h = (tag: string, text: string) => ({
  type: 'heading',
  tag,
  children: text ? [t(text)] : [],
  version: 1,
})
const a = (url: string, ...children: unknown[]) => ({
  type: 'link',
  fields: { url, linkType: 'custom' },
  children,
  version: 1,
})
const img = (id: number) => ({ type: 'upload', relationTo: 'media', value: { id }, version: 3 })
const doc = (...children: unknown[]) => ({ root: { type: 'root', children, version: 1 } })

const check = (input: Partial<CheckInput>) =>
  checkItem({ collection: 'media-releases', language: 'en', summary: 'A short summary.', ...input })
const rules = (input: Partial<CheckInput>) =>
  check(input).findings.map((f) => `${f.rule}:${f.severity}`)

describe('image-alt', () => {
  const media = (alt: string | null, filename = 'park.jpg') => ({
    7: { id: 7, alt, filename, mimeType: 'image/jpeg' },
  })
  it.each([
    [null, 'image-alt:error'],
    ['', 'image-alt:error'],
    ['   ', 'image-alt:error'],
    ['image', 'image-alt:error'],
    ['Photo', 'image-alt:error'],
    ['IMG_2041', 'image-alt:error'],
    ['park.jpg', 'image-alt:error'],
    ['DSC00123.JPG', 'image-alt:error'],
    ['x'.repeat(251), 'image-alt:warning'],
    ['Image of children at a splash pad', 'image-alt:warning'],
  ])('alt %j fails as %s', (alt, expected) =>
    expect(rules({ body: doc(img(7)), media: media(alt) })).toContain(expected),
  )

  it.each(['Children play at the new Riverside splash pad', 'Map of the detour on Second Street'])(
    'alt %j passes',
    (alt) => {
      expect(rules({ body: doc(img(7)), media: media(alt) })).toEqual([])
    },
  )

  it('checks images in upload fields too, and ignores PDFs there for alt', () => {
    const result = check({
      uploads: [
        { path: 'coverImage', media: { alt: '', mimeType: 'image/png', filename: 'c.png' } },
      ],
    })
    expect(result.findings).toContainEqual(
      expect.objectContaining({ rule: 'image-alt', path: 'coverImage', severity: 'error' }),
    )
  })
})

describe('headings', () => {
  it.each([
    [[h('h2', 'Where'), h('h3', 'When'), h('h2', 'Who')], []],
    [[h('h2', 'Where'), h('h4', 'When')], ['heading-order:error']],
    [[h('h3', 'Starts too deep')], ['heading-order:error']],
    [[h('h1', 'Second title')], ['heading-order:warning']],
    [[h('h2', '')], ['empty-heading:error']],
    [[h('h2', 'A'), h('h3', 'B'), h('h4', 'C'), h('h2', 'D'), h('h3', 'E')], []],
  ])('%#', (children, expected) => expect(rules({ body: doc(...children) })).toEqual(expected))

  it('finds a skipped level even inside a list (malformed but possible)', () => {
    const list = {
      type: 'list',
      listType: 'bullet',
      children: [{ type: 'listitem', children: [h('h4', 'Nested heading')] }],
    }
    expect(rules({ body: doc(h('h2', 'Top'), list) })).toContain('heading-order:error')
  })
})

describe('link-text', () => {
  it.each([
    ['click here', 'link-text:error'],
    ['Read more', 'link-text:error'],
    ['HERE.', 'link-text:error'],
    ['Cliquez ici', 'link-text:error'],
    ['https://city.example/budget', 'link-text:warning'],
  ])('%j fails as %s', (text, expected) =>
    expect(rules({ body: doc(p(a('https://city.example/budget', t(text)))) })).toContain(expected),
  )

  it('a link whose only content is an image takes its text from the alt', () => {
    const media = {
      5: { id: 5, alt: 'The 2027 budget (PDF)', mimeType: 'image/png', filename: 'b.png' },
    }
    expect(rules({ body: doc(p(a('https://city.example/budget', img(5)))), media })).toEqual([])
    const noAlt = { 5: { id: 5, alt: '', mimeType: 'image/png', filename: 'b.png' } }
    expect(rules({ body: doc(p(a('https://city.example/budget', img(5)))), media: noAlt })).toEqual(
      expect.arrayContaining(['link-text:error', 'image-alt:error']),
    )
  })

  it('warns when the same words lead to different places, not when they lead to the same one', () => {
    const twice = (second: string) =>
      doc(p(a('https://city.example/a', t('Budget report'))), p(a(second, t('Budget report'))))
    expect(rules({ body: twice('https://city.example/b') })).toContain('link-text:warning')
    expect(rules({ body: twice('https://city.example/a') })).toEqual([])
  })

  it('a link that says where it goes passes', () =>
    expect(
      rules({ body: doc(p(a('https://city.example/b', t('the 2027 budget report')))) }),
    ).toEqual([]))
})

describe('text rules', () => {
  it('all capitals beyond three words warns; acronyms and short shouts do not', () => {
    expect(rules({ body: richText({ paragraph: 'PLEASE DO NOT DRINK THE WATER.' }) })).toContain(
      'all-caps:warning',
    )
    expect(rules({ body: richText({ paragraph: 'The CBC and CAP-CP use NAAD feeds.' }) })).toEqual(
      [],
    )
    expect(rules({ body: richText({ paragraph: 'STOP NOW. Go home.' }) })).toEqual([])
  })

  it('a sentence over 25 words warns', () => {
    const long =
      'This sentence has far too many words in it because it keeps going on and on about the weather and the roads and the parks and the pools and more.'
    expect(rules({ body: richText({ paragraph: long }) })).toContain('sentence-length:warning')
    expect(rules({ body: richText({ paragraph: 'Short and clear. Another short one.' }) })).toEqual(
      [],
    )
  })

  it('a summary over 300 characters warns', () => {
    expect(rules({ summary: 'Word '.repeat(70) })).toContain('summary-length:warning')
  })

  it('the style list catches words to avoid and the City name written another way', () => {
    const style = [
      { avoid: 'utilize', prefer: 'use' },
      { avoid: 'City Of Riverton', prefer: 'City of Riverton', caseSensitive: true },
    ]
    expect(
      check({ body: richText({ paragraph: 'Residents can utilize the pool.' }), style }).findings,
    ).toContainEqual(
      expect.objectContaining({ rule: 'style', message: 'Write "use" instead of "utilize".' }),
    )
    expect(
      rules({ body: richText({ paragraph: 'The City Of Riverton opens pools.' }), style }),
    ).toContain('style:warning')
    expect(
      rules({
        body: richText({
          paragraph: 'The City of Riverton lets people use the pool. Utilization is high.',
        }),
        style,
      }),
    ).toEqual([])
  })
})

describe('reading level', () => {
  const hard =
    'Notwithstanding the aforementioned considerations, the municipality shall endeavour to facilitate comprehensive infrastructure rehabilitation initiatives. Implementation is contingent upon intergovernmental funding allocations.'
  it('scores English against the target and warns above it', () => {
    const result = check({ collection: 'publications', body: richText({ paragraph: hard }) })
    expect(result.readingLevel).toMatchObject({ target: 10, scored: true, language: 'en' })
    expect(result.readingLevel.grade!).toBeGreaterThan(10)
    expect(result.findings.map((f) => f.rule)).toContain('reading-level')
  })

  it('bulletins aim for grade 8; media releases for grade 8 in the summary and 10 in the body', () => {
    expect(
      check({
        collection: 'emergency-bulletins',
        instruction: 'Boil water.',
        body: richText({ paragraph: 'Go inside. Close windows.' }),
      }).readingLevel.target,
    ).toBe(8)
    const release = check({
      collection: 'media-releases',
      summary: hard,
      body: richText({
        paragraph: 'Pools open on Saturday at ten in the morning for everyone in the city.',
      }),
    })
    expect(release.findings).toContainEqual(
      expect.objectContaining({ rule: 'reading-level', path: 'summary' }),
    )
    expect(release.findings.filter((f) => f.rule === 'reading-level' && f.path === 'body')).toEqual(
      [],
    )
  })

  it('scores French with its own measure (Kandel–Moles reading ease) and target', () => {
    const hard = check({
      language: 'fr',
      body: richText({
        paragraph:
          'Nonobstant les considérations susmentionnées, la municipalité s’efforcera de faciliter la mise en œuvre d’initiatives exhaustives.',
      }),
    })
    expect(hard.readingLevel).toMatchObject({
      measure: 'kandel-moles-ease',
      scored: true,
      grade: null,
      target: 60,
      language: 'fr',
    })
    expect(hard.readingLevel.ease!).toBeLessThan(60)
    expect(hard.findings).toContainEqual(
      expect.objectContaining({ rule: 'reading-level', path: 'body' }),
    )
    expect(hard.findings.find((f) => f.rule === 'reading-level')!.message).toMatch(/Kandel–Moles/)
    const plain = check({
      language: 'fr',
      body: richText({
        paragraph:
          'L’eau du robinet n’est pas sûre. Faites-la bouillir une minute. Puis laissez-la refroidir. Vous pouvez ensuite la boire. Nous vous dirons quand l’avis prend fin.',
      }),
    })
    expect(plain.readingLevel.ease!).toBeGreaterThan(70)
    expect(plain.findings.map((f) => f.rule)).not.toContain('reading-level')
  })

  it('asks more of French bulletins (ease 70, as grade 8 in English)', () => {
    const bulletin = check({
      collection: 'emergency-bulletins',
      language: 'fr',
      instruction: 'Restez à la maison.',
      body: richText({
        paragraph:
          'La municipalité recommande fortement aux résidents de limiter leurs déplacements pendant la période de fermeture temporaire des installations.',
      }),
    })
    expect(bulletin.readingLevel.target).toBe(70)
    expect(bulletin.findings).toContainEqual(expect.objectContaining({ rule: 'reading-level' }))
  })

  it('warns about a passage of the French version left in English, and the reverse', () => {
    const french = check({
      language: 'fr',
      summary: 'La piscine ouvre samedi pour la saison.',
      body: richText({
        paragraph:
          'The pool opens on Saturday and will be open every day of the week for the summer.',
      }),
    })
    expect(french.findings).toContainEqual(
      expect.objectContaining({
        rule: 'passage-language',
        severity: 'warning',
        path: 'body.root.children.0',
      }),
    )
    const english = check({
      language: 'en',
      summary: 'La piscine ouvre samedi et sera ouverte tous les jours de la semaine pour l’été.',
    })
    expect(english.findings).toContainEqual(
      expect.objectContaining({ rule: 'passage-language', path: 'summary' }),
    )
    // A French sentence naming an English thing stays French.
    const named = check({
      language: 'fr',
      summary:
        'Le festival « Summer of the Arts » revient dans le parc de la Ville avec des concerts.',
    })
    expect(named.findings.map((f) => f.rule)).not.toContain('passage-language')
  })

  it('writes its findings in the staff member’s language, whatever the text’s', () => {
    const input = {
      collection: 'emergency-bulletins' as const,
      language: 'en' as const,
      summary: 'Boil water.',
      body: richText({ link: { text: 'click here', url: 'https://x.example/' }, before: 'See ' }),
    }
    const english = checkItem(input).findings.map((f) => f.message)
    const french = checkItem(input, findingsFr).findings.map((f) => f.message)
    expect(english).toContain(
      'The link text "click here" does not say where it goes. Use words like "the 2027 budget report".',
    )
    expect(french).toContain(
      'Le texte du lien « click here » ne dit pas où il mène. Écrivez par exemple « le rapport budgétaire 2027 ».',
    )
    expect(french).toContain(
      'Dites ce que la population doit faire (la consigne), en mots simples.',
    )
    expect(french).toHaveLength(english.length)
  })

  it('flags vague French link text', () => {
    for (const text of ['cliquez ici', 'En savoir plus'])
      expect(
        check({
          language: 'fr',
          body: richText({ link: { text, url: 'https://x.example/' }, before: 'Le budget : ' }),
        }).findings,
      ).toContainEqual(expect.objectContaining({ rule: 'link-text', severity: 'error' }))
  })
})

describe('item rules', () => {
  it('tables need a header row or column', () => {
    const table = (header: number) => ({
      type: 'table',
      children: [
        {
          type: 'tablerow',
          children: [
            { type: 'tablecell', headerState: header, children: [p(t('Day'))] },
            { type: 'tablecell', headerState: header, children: [p(t('Hours'))] },
          ],
        },
        {
          type: 'tablerow',
          children: [
            { type: 'tablecell', headerState: 0, children: [p(t('Mon'))] },
            { type: 'tablecell', headerState: 0, children: [p(t('9-5'))] },
          ],
        },
      ],
    })
    expect(rules({ body: doc(table(0)) })).toContain('table-headers:error')
    expect(rules({ body: doc(table(1)) })).toEqual([])
  })

  it('a print PDF needs its content on the page', () => {
    const pdf = { id: 3, filename: 'report.pdf', mimeType: 'application/pdf' }
    expect(
      rules({
        collection: 'publications',
        printEdition: pdf,
        body: richText({ paragraph: 'See the PDF.' }),
      }),
    ).toContain('pdf-alternative:error')
    const full = Array.from(
      { length: 12 },
      () => 'The report explains the budget in plain words.',
    ).join(' ')
    expect(
      rules({ collection: 'publications', printEdition: pdf, body: richText({ paragraph: full }) }),
    ).not.toContain('pdf-alternative:error')
    expect(
      rules({ body: doc(p(a('https://city.example/r.pdf', t('the annual report (PDF)')))) }),
    ).toContain('pdf-alternative:warning')
  })

  it('a bulletin needs an instruction, except a Cancel', () => {
    expect(
      rules({ collection: 'emergency-bulletins', msgType: 'Alert', instruction: '' }),
    ).toContain('missing-instruction:error')
    expect(
      rules({ collection: 'emergency-bulletins', msgType: 'Cancel', instruction: '' }),
    ).not.toContain('missing-instruction:error')
  })

  it('only errors block', () => {
    const result = check({ summary: 'Word '.repeat(70), body: doc(h('h4', 'Skipped')) })
    expect(blocking(result).map((f) => f.rule)).toEqual(['heading-order'])
  })

  it('a clean release has no findings', () => {
    const body = richText(
      { paragraph: 'Three new splash pads open on Saturday.' },
      { heading: 'Where' },
      { list: ['Riverside Park', 'Forest Glade Park'] },
      {
        link: { text: 'splash pad hours', url: 'https://city.example/pads' },
        before: 'See the ',
        after: '.',
      },
    )
    expect(
      check({ title: 'Splash pads open', summary: 'Three splash pads open on Saturday.', body })
        .findings,
    ).toEqual([])
  })
})

describe('any input', () => {
  const random = (seed: number) => {
    let state = seed
    const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!
    const junk = (): unknown =>
      pick([
        null,
        undefined,
        42,
        'text',
        [],
        {},
        { type: 'text' },
        { type: 'text', text: 7 },
        { children: 'nope' },
        true,
      ])
    const node = (depth: number): unknown => {
      if (depth > 5 || next() < 0.2)
        return next() < 0.3
          ? junk()
          : t(pick(['', 'CLICK HERE', 'word '.repeat(40), 'Ünïcödé ✓', 'a.b.c']))
      const type = pick([
        'paragraph',
        'heading',
        'link',
        'list',
        'listitem',
        'table',
        'tablerow',
        'tablecell',
        'upload',
        'quote',
        'mystery',
        undefined,
      ])
      return {
        type,
        tag: pick(['h1', 'h2', 'h6', 'hx', 7, undefined]),
        fields: pick([
          undefined,
          null,
          { url: pick(['javascript:x', 'https://a', 42, undefined]) },
        ]),
        value: pick([1, { id: 2 }, null, 'x']),
        headerState: pick([0, 1, 'x', undefined]),
        children:
          next() < 0.1
            ? junk()
            : Array.from({ length: Math.floor(next() * 4) }, () => node(depth + 1)),
      }
    }
    return pick([
      junk(),
      { root: junk() },
      { root: { children: junk() } },
      { root: node(0) },
      { root: { type: 'root', children: Array.from({ length: 5 }, () => node(0)) } },
    ])
  }

  it('handles 5,000 random and malformed documents without throwing', () => {
    for (let seed = 1; seed <= 5000; seed += 1) {
      const result = checkItem({
        collection: seed % 2 ? 'publications' : 'emergency-bulletins',
        language: seed % 3 ? 'en' : 'fr',
        summary: seed % 5 ? 'S' : (null as never),
        body: random(seed),
        media: {
          1: { alt: null, mimeType: 'image/png' },
          2: { alt: 'Map', mimeType: 'image/png' },
        },
      })
      expect(Array.isArray(result.findings)).toBe(true)
    }
  })
})
