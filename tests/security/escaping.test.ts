import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { itemEmail } from '../../cms/email/core/templates'
import { buildFeed } from '../../cms/publishing/feeds'
import { acknowledgementEmail, coordinatorNotice } from '../../cms/sponsorship/core/emails'
import { workflowEmails } from '../../cms/core/text/messages'
import { buildCapAtom } from '../../emergency/core/atom'
import { buildCapMessage } from '../../emergency/core/cap'
import { renderLexical } from '../../site/lib/lexicalHtml'
import { xmllint } from '../helpers/xml'

/**
 * Hostile text and links, as someone could post them straight to the API, through every output the
 * platform writes: the site's HTML, RSS, CAP, the CAP Atom index and emails. Nothing may come out as an
 * executable link or live markup, XML must stay well-formed (CAP valid), and no header may be split.
 */
const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0000javascript:alert(1)',
  '  javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '" onmouseover="alert(1)',
  'javascript&colon;alert(1)',
  '//evil.example/steal',
]
const HOSTILE_TEXT = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  ']]><evil/>',
  'Tom & Jerry <b>',
  'bell\u0007 and \u0001 controls',
  "' onfocus='alert(1)",
]
const TITLE = HOSTILE_TEXT.join(' ')

const executable = /(href|src)\s*=\s*["']?\s*(javascript|data|vbscript)\s*:/i
// A tag the hostile text could have made, or an event attribute inside any tag (escaped text is inert).
const liveMarkup = /<(script|img|evil|b)\b|<[^>]*\son\w+\s*=/i

describe('rich text on the site', () => {
  it.each(HOSTILE_URLS)('link %j is never an executable href', (url) => {
    const doc = {
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'link', fields: { url }, children: [{ type: 'text', text: 'click' }] },
            ],
          },
        ],
      },
    }
    const html = renderLexical(doc)
    expect(html).not.toMatch(executable)
    expect(html).not.toMatch(/onmouseover=/)
    expect(html).not.toContain('evil.example')
    expect(html).toContain('click')
  })
  it('text with markup is escaped, never live', () => {
    const html = renderLexical({
      root: {
        type: 'root',
        children: HOSTILE_TEXT.map((text) => ({
          type: 'paragraph',
          children: [{ type: 'text', text }],
        })),
      },
    })
    expect(html).not.toMatch(liveMarkup)
    expect(html).toContain('&lt;script&gt;')
  })
})

describe('RSS', () => {
  it('stays well-formed with hostile titles and summaries, and carries no live markup for readers', () => {
    const items = [
      {
        id: 1,
        slug: 'x',
        title: TITLE,
        summary: TITLE,
        workflowState: 'published',
        publishedAt: '2026-11-27T12:00:00Z',
        updatedAt: '2026-11-27T12:00:00Z',
        releaseAt: '2026-11-27T12:00:00Z',
      },
    ]
    const xml = buildFeed(
      {
        siteUrl: 'https://www.city.example',
        generatedAt: '2026-11-27T12:00:00Z',
        cityName: 'City of Riverton',
      },
      'news',
      items as never,
    )
    const lint = xmllint(xml)
    expect(lint.ok, lint.output).toBe(true)
    // What a reader shows: the CDATA or entity-decoded description must still be inert text.
    const description =
      /<description><!\[CDATA\[([\s\S]*?)\]\]><\/description>/.exec(
        xml.split('<item>')[1] ?? '',
      )?.[1] ?? ''
    expect(description).not.toMatch(liveMarkup)
  })
})

describe('CAP and its Atom index', () => {
  const issuer = {
    sender: 'communications@city.example',
    senderName: { en: 'City of Riverton', fr: 'Ville de Riverton' },
  }
  it('a CAP message with hostile text is still valid CAP 1.2 and carries it as text', () => {
    const xml = buildCapMessage(
      {
        identifier: 'city.example-bulletin-1',
        sent: new Date('2026-11-27T14:30:00Z'),
        status: 'Actual',
        msgType: 'Alert',
        category: ['Safety'],
        urgency: 'Immediate',
        severity: 'Severe',
        certainty: 'Observed',
        expires: new Date('2026-11-28T14:30:00Z'),
        text: { en: { event: TITLE, headline: TITLE, description: TITLE, instruction: TITLE } },
        web: 'https://www.city.example/emergency/x/',
        areas: [{ areaDesc: { en: TITLE } }],
      },
      issuer,
    )
    const lint = xmllint(xml, path.resolve('emergency/schema/CAP-v1.2.xsd'))
    expect(lint.ok, lint.output).toBe(true)
    expect(xml).not.toMatch(/<script|<img|<evil/)
  })
  it('the Atom index stays well-formed with hostile titles', () => {
    const xml = buildCapAtom(
      {
        selfUrl: 'https://www.city.example/emergency/cap.atom',
        title: TITLE,
        updated: new Date(),
        author: TITLE,
      },
      [
        {
          id: 'urn:x',
          title: TITLE,
          updated: new Date(),
          capUrl: 'https://www.city.example/cap/x.xml',
          pageUrl: 'https://www.city.example/emergency/x/',
          summary: TITLE,
        },
      ],
    )
    const lint = xmllint(xml)
    expect(lint.ok, lint.output).toBe(true)
    expect(xml).not.toMatch(/<script|<img|<evil/)
  })
})

describe('emails', () => {
  const sender = { cityName: 'City of Riverton', postalAddress: '100 Main Street' }
  const injected = 'Road closed\r\nBcc: everyone@example.com\r\n\r\n<script>alert(1)</script>'

  it('an alert email escapes hostile text and keeps its subject on one line', () => {
    const mail = itemEmail({
      language: 'en',
      item: {
        title: injected,
        summary: TITLE,
        url: 'https://www.city.example/news/x/',
        topic: 'news',
        emergency: true,
      },
      manageUrl: 'https://x/manage',
      unsubscribeUrl: 'https://x/unsub',
      sender,
    })
    expect(mail.subject).not.toMatch(/[\r\n]/)
    expect(mail.html).not.toMatch(liveMarkup)
  })
  it('workflow notices keep their subject on one line', () => {
    const mail = workflowEmails('submit', {
      title: injected,
      link: 'https://cms/x',
      comment: null,
      actorName: 'A',
      recipientName: 'B',
    })
    expect(mail.subject).not.toMatch(/[\r\n]/)
  })
  it('sponsorship emails keep their subject on one line', () => {
    const due = new Date('2026-12-01T04:59:59Z')
    expect(
      coordinatorNotice({
        organisation: injected,
        contactName: 'X',
        email: 'x@example.com',
        packageTitle: injected,
        assignee: null,
        dueAt: due,
        reference: 'SI-00001',
        link: 'https://cms/x',
        message: 'hi',
      }).subject,
    ).not.toMatch(/[\r\n]/)
    expect(
      acknowledgementEmail({
        language: 'en',
        contactName: injected,
        organisation: injected,
        packageTitle: injected,
        dueAt: due,
        signerFirstName: 'Sam',
        department: 'Sponsorship',
        reference: 'SI-00001',
        postalAddress: 'x',
      }).subject,
    ).not.toMatch(/[\r\n]/)
  })
})
