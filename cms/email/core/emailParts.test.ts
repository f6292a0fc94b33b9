import { describe, expect, it } from 'vitest'

import { normaliseEmail } from '../../core/text/emailAddress'
import { MAX_ATTEMPTS, nextAttemptAt } from '../../outbox/core/failure'
import { BOUNCE_THRESHOLD, classifySmtpFailure } from './smtpErrors'
import { confirmationEmail, itemEmail } from './templates'
import { hashToken, newConfirmToken, readSubscriberToken, subscriberToken } from './tokens'

describe('normaliseEmail', () => {
  it.each([
    ['  Resident@Example.COM ', 'resident@example.com'],
    ['first.last+alerts@mail.example.ca', 'first.last+alerts@mail.example.ca'],
  ])('%j → %j', (input, output) => expect(normaliseEmail(input)).toBe(output))

  it.each([
    '',
    'no-at-sign',
    'a@b',
    'a@@b.ca',
    '.a@b.ca',
    'a..b@b.ca',
    'a@-b.ca',
    'x@b.ca\r\nBcc: everyone@example.com',
    'a\n@b.ca',
    `${'a'.repeat(65)}@b.ca`,
    42,
    null,
  ])('refuses %j', (input) => {
    expect(normaliseEmail(input)).toBeNull()
  })
})

describe('tokens', () => {
  const secret = 'test-secret'
  it('confirmation tokens are random and stored only as a hash', () => {
    const a = newConfirmToken()
    expect(a).not.toBe(newConfirmToken())
    expect(a.length).toBeGreaterThanOrEqual(43)
    expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/)
    expect(hashToken(a)).not.toContain(a)
  })

  it('subscriber tokens verify, and fail when forged, for another subscriber, or after a version bump', () => {
    const token = subscriberToken(secret, 17, 1)
    expect(readSubscriberToken(secret, token)).toEqual({ id: '17', version: 1 })
    expect(readSubscriberToken('other-secret', token)).toBeNull()
    expect(readSubscriberToken(secret, token.replace(/^17\./, '18.'))).toBeNull()
    expect(readSubscriberToken(secret, token.replace('.1.', '.2.'))).toBeNull()
    for (const junk of ['', '17', '17.1', 'a.b.c', `${token}x`, 42, null])
      expect(readSubscriberToken(secret, junk)).toBeNull()
  })
})

describe('classifySmtpFailure and retries', () => {
  it.each([
    [{ responseCode: 550, message: '550 mailbox unavailable' }, 'permanent', 550],
    [{ responseCode: 553 }, 'permanent', 553],
    [{ responseCode: 421, message: '421 try later' }, 'temporary', 421],
    [{ responseCode: 451 }, 'temporary', 451],
    [{ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:25' }, 'temporary', null],
    [new Error('something odd'), 'temporary', null],
  ])('%j is %s', (error, kind, code) =>
    expect(classifySmtpFailure(error)).toMatchObject({ kind, code }),
  )

  it('waits longer each time, then gives up after the last attempt', () => {
    expect(nextAttemptAt(1, 0)).toBe(30_000)
    expect(nextAttemptAt(2, 0)).toBe(120_000)
    expect(nextAttemptAt(MAX_ATTEMPTS - 1, 0)).toBe(7_200_000)
    expect(nextAttemptAt(MAX_ATTEMPTS, 0)).toBeNull()
    expect(nextAttemptAt(1, 0, 0.001)).toBe(30)
    expect(BOUNCE_THRESHOLD).toBeGreaterThan(1)
  })
})

describe('email templates', () => {
  const sender = {
    cityName: 'City of Riverton',
    postalAddress: '100 Main Street, Riverton ON N0N 0N0',
  }

  it('the confirmation email lists the topics, links to confirm, and names the sender and address', () => {
    const mail = confirmationEmail({
      language: 'en',
      confirmUrl: 'https://cms.example/confirm?token=abc',
      topics: ['emergency', 'news'],
      sender,
    })
    expect(mail.subject).toBe('Confirm your email alerts from the City of Riverton')
    expect(mail.text).toContain('- Emergency alerts\n- News releases')
    expect(mail.text).toContain('https://cms.example/confirm?token=abc')
    expect(mail.html).toContain('<html lang="en-CA">')
    expect(mail.html).toContain('href="https://cms.example/confirm?token=abc"')
    expect(mail.html).toContain('100 Main Street, Riverton ON N0N 0N0')
  })

  it('an item email is escaped, has a heading, a descriptive link, manage and unsubscribe links, in French too', () => {
    const item = {
      title: 'Boil <water> & advisory',
      summary: 'Boil tap water.',
      url: 'https://www.city.example/emergency/bw/',
      topic: 'emergency' as const,
      instruction: 'Boil for one minute.',
      emergency: true,
    }
    const mail = itemEmail({
      language: 'en',
      item,
      manageUrl: 'https://cms.example/m?t=1',
      unsubscribeUrl: 'https://cms.example/u?t=1',
      sender,
    })
    expect(mail.subject).toBe('URGENT: Boil <water> & advisory')
    expect(mail.html).toContain('<h1 style="font-size:24px">Boil &lt;water&gt; &amp; advisory</h1>')
    expect(mail.html).toContain('<h2 style="font-size:19px">What to do</h2>')
    expect(mail.html).toContain('Read “Boil &lt;water&gt; &amp; advisory” on our website')
    expect(mail.text).toContain('Unsubscribe: https://cms.example/u?t=1')
    const french = itemEmail({ language: 'fr', item, manageUrl: 'm', unsubscribeUrl: 'u', sender })
    expect(french.html).toContain('<html lang="fr-CA">')
    expect(french.text).toContain('Que faire: Boil for one minute.')
    expect(french.text).toContain('Se désabonner: u')
  })
})
