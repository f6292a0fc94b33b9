import { describe, expect, it } from 'vitest'

import { classifyInbound, newTextOfReply } from './inbound'

const plain = { headers: {}, from: 'resident@example.ca', subject: 'Question about my bill' }

describe('automatic mail never opens a case', () => {
  it('a person’s message is a message', () => {
    expect(classifyInbound(plain)).toEqual({ kind: 'message' })
    expect(classifyInbound({ ...plain, headers: { 'Auto-Submitted': 'no' } }).kind).toBe('message')
  })

  it.each([
    [{ headers: { 'Auto-Submitted': 'auto-replied' } }, 'automatic'],
    [{ headers: { 'auto-submitted': 'auto-generated' } }, 'automatic'],
    [{ headers: { 'X-Autoreply': 'yes' } }, 'automatic'],
    [{ headers: { Precedence: 'bulk' } }, 'automatic'],
    [{ headers: { Precedence: 'auto_reply' } }, 'automatic'],
    [{ headers: { 'List-Id': '<news.example.ca>' } }, 'automatic'],
    [{ subject: 'Out of Office: back Monday' }, 'automatic'],
    [{ subject: 'Automatic reply: Question about my bill' }, 'automatic'],
    [{ subject: 'Réponse automatique : absent' }, 'automatic'],
    [{ headers: { 'Return-Path': '<>' } }, 'bounce'],
    [{ from: 'MAILER-DAEMON@mx.example.ca' }, 'bounce'],
    [{ from: 'postmaster@example.ca' }, 'bounce'],
    [{ contentType: 'multipart/report; report-type=delivery-status' }, 'bounce'],
    [{ subject: 'Undeliverable: your message' }, 'bounce'],
    [{ subject: 'Delivery Status Notification (Failure)' }, 'bounce'],
  ])('%o is %s', (over, kind) => {
    expect(classifyInbound({ ...plain, ...over }).kind).toBe(kind)
  })
})

describe('the new part of a reply', () => {
  it('drops the quoted history', () => {
    const text = [
      'Thanks, my account number is 1234.',
      '',
      'On Tue, Dec 1, 2026 at 10:00 AM City <contact@city.example> wrote:',
      '> Hello,',
      '> What is your account number?',
    ].join('\r\n')
    expect(newTextOfReply(text)).toBe('Thanks, my account number is 1234.')
    expect(newTextOfReply('Merci.\nLe mar. 1 déc. 2026, la Ville a écrit :\n> Bonjour')).toBe(
      'Merci.',
    )
    expect(newTextOfReply('Yes.\n-----Original Message-----\nFrom: City')).toBe('Yes.')
  })

  it('keeps a message that is all quote rather than lose it', () => {
    expect(newTextOfReply('> only a quote')).toBe('> only a quote')
  })
})

describe('bounces that carry few marks', () => {
  const plain = { headers: {}, from: 'pat@example.ca', subject: 'Hello' }
  it.each([
    ['a null envelope sender', { ...plain, envelopeFrom: '' }, 'null envelope sender'],
    ['Return-Path: <>', { ...plain, headers: { 'return-path': '<>' } }, 'null return path'],
    ['Return-Path: < >', { ...plain, headers: { 'Return-Path': '< >' } }, 'null return path'],
    ['X-Failed-Recipients', { ...plain, headers: { 'X-Failed-Recipients': 'a@b.c' } }, 'Failed'],
    ['qmail’s failure notice', { ...plain, subject: 'failure notice' }, 'bounce subject'],
    [
      'qmail’s own words',
      { ...plain, text: 'Hi. This is the qmail-send program at mail.example.\nI’m afraid…' },
      'bounce’s own words',
    ],
  ])('%s is a bounce', (_label, input, reason) => {
    const verdict = classifyInbound(input)
    expect(verdict.kind).toBe('bounce')
    expect(verdict.kind === 'bounce' && verdict.reason).toContain(reason)
  })

  it('a real sender in the envelope and the Return-Path is a message', () => {
    expect(
      classifyInbound({
        ...plain,
        envelopeFrom: 'pat@example.ca',
        headers: { 'return-path': '<pat@example.ca>' },
      }),
    ).toEqual({ kind: 'message' })
  })
})
