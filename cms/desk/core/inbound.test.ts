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
