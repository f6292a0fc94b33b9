import { describe, expect, it } from 'vitest'

import { endOfDay } from '../../core/businessDays'
import {
  acknowledgement,
  closingEmail,
  dueTodayDigest,
  escalation,
  replyEmail,
  signature,
  SignatureError,
} from './emails'

const city = 'City of Riverton'

describe('the desk’s emails', () => {
  it('acknowledges in the customer’s language with the reference in the subject, and nothing of theirs', () => {
    const en = acknowledgement({
      language: 'en',
      contactName: 'Sam',
      subject: 'Pothole\non Main',
      reference: 'C-2026-000001',
      dueAt: endOfDay('2026-12-04'),
      cityName: city,
      postalAddress: '100 Main Street',
    })
    // Nothing of the sender's subject (it may be a stranger's words sent to a forged address).
    expect(en.subject).toBe('[C-2026-000001] We received your message')
    expect(en.text).toContain('We will reply by Friday, December 4, 2026.')
    const fr = acknowledgement({
      language: 'fr',
      contactName: null,
      subject: null,
      reference: 'C-2026-000001',
      dueAt: endOfDay('2026-12-04'),
      cityName: city,
      postalAddress: '100 Main Street',
    })
    expect(fr.subject).toBe('[C-2026-000001] Nous avons reçu votre message')
    expect(fr.text).toContain('vendredi 4 décembre 2026')
    expect(fr.text).toContain('Ville de Riverton')
  })

  it('signs every reply with first name and department, which cannot be left out', () => {
    const reply = replyEmail({
      language: 'en',
      contactName: 'Sam',
      subject: 'Pothole',
      reference: 'C-2026-000001',
      message: 'We fixed it.',
      signer: { firstName: 'Alex', department: 'Roads' },
      cityName: city,
    })
    expect(reply.subject).toBe('[C-2026-000001] Re: Pothole')
    expect(reply.text).toMatch(/We fixed it\.\n\nSincerely,\n\nAlex\nRoads\nCity of Riverton$/)
    expect(() => signature({ firstName: ' ', department: 'Roads' }, 'en')).toThrow(SignatureError)
    expect(() => signature({ firstName: 'Alex', department: null }, 'fr')).toThrow(/department/)
    expect(signature({ firstName: 'Alex', department: 'Voirie' }, 'fr')).toContain('Alex\nVoirie')
  })

  it('closes with the survey link when there is one', () => {
    const closing = closingEmail({
      language: 'fr',
      contactName: 'Sam',
      subject: 'Pothole',
      reference: 'C-2026-000001',
      surveyUrl: 'https://cms.example/survey?t=x',
      cityName: city,
    })
    expect(closing.subject).toBe('[C-2026-000001] Votre dossier est fermé : Pothole')
    expect(closing.text).toContain('https://cms.example/survey?t=x')
  })

  it('tells staff what is due and what is late, in both languages', () => {
    const digest = dueTodayDigest({
      firstName: 'Alex',
      cases: [
        {
          reference: 'C-2026-000001',
          subject: 'Pothole',
          dueAt: endOfDay('2026-12-04'),
          link: 'L',
        },
      ],
    })
    expect(digest.subject).toContain(': 1')
    expect(digest.text).toContain('This case is due a reply today')
    expect(digest.text).toContain('Ce dossier attend une réponse aujourd’hui')
    const late = escalation({
      managerFirstName: 'Pat',
      reference: 'C-2026-000001',
      subject: 'Pothole',
      dueAt: endOfDay('2026-12-04'),
      assignee: null,
      department: 'Roads',
      link: 'L',
    })
    expect(late.subject).toBe('Overdue / En retard: [C-2026-000001] Pothole')
    expect(late.text).toContain('Assigned to: nobody / personne')
  })
})
