import { describe, expect, it } from 'vitest'

import {
  fillMacro,
  firstNameOf,
  MAX_MACRO,
  macroEffects,
  macroFits,
  macroProblem,
  macrosFor,
} from './macros'

const facts = {
  firstName: 'Marie-Ève',
  reference: 'COR-2026-000042',
  dueDate: 'le jeudi 10 décembre 2026',
  department: 'Travaux publics',
  agentFirstName: 'Luc',
}

describe('macros', () => {
  it('fills the case’s language, each placeholder with the case’s facts', () => {
    const macro = {
      text: 'Hello {firstName}, your case {reference} is with {department}; by {dueDate}. {agentFirstName}',
      textFr:
        'Bonjour {firstName}, votre dossier {reference} est chez {department}; d’ici {dueDate}. {agentFirstName}',
    }
    expect(fillMacro(macro, 'fr', facts)).toBe(
      'Bonjour Marie-Ève, votre dossier COR-2026-000042 est chez Travaux publics; d’ici le jeudi 10 décembre 2026. Luc',
    )
    expect(fillMacro(macro, 'en', { ...facts, dueDate: 'Thursday, December 10, 2026' })).toBe(
      'Hello Marie-Ève, your case COR-2026-000042 is with Travaux publics; by Thursday, December 10, 2026. Luc',
    )
  })

  it('gives a missing fact words of the case’s language, never an empty gap or a brace', () => {
    const macro = {
      text: 'Hello {firstName}, by {dueDate}.',
      textFr: 'Bonjour {firstName}, {dueDate}.',
    }
    const none = { ...facts, firstName: null, dueDate: null, department: null }
    expect(fillMacro(macro, 'en', none)).toBe('Hello there, by soon.')
    expect(fillMacro(macro, 'fr', none)).toBe('Bonjour Madame, Monsieur, sous peu.')
    // A value is never read as a placeholder again.
    expect(fillMacro(macro, 'en', { ...facts, firstName: '{reference}' })).toBe(
      'Hello {reference}, by le jeudi 10 décembre 2026.',
    )
  })

  it('refuses an unknown placeholder by name, an empty or an overlong text', () => {
    expect(macroProblem('Hi {firstname}, {reference}')).toBe(
      'Unknown placeholder {firstname}: use {firstName}, {reference}, {dueDate}, {department}, {agentFirstName}.',
    )
    expect(macroProblem('Hi {firstName} ({reference})')).toBeNull()
    expect(macroProblem(' ')).toBe('Write the message.')
    expect(macroProblem('x'.repeat(MAX_MACRO + 1))).toBe('Keep the message under 5000 characters.')
    // 311's placeholders are not the desk's.
    expect(macroProblem('{service} at {address}')).toMatch(
      /^Unknown placeholder \{service\}, \{address\}/,
    )
  })

  it('offers the case department’s own first, then the shared ones, most used first', () => {
    const all = [
      { id: 1, name: 'Shared A', department: null, uses: 3 },
      { id: 2, name: 'Works', department: 7, uses: 1 },
      { id: 3, name: 'Shared B', department: null, uses: 9 },
      { id: 4, name: 'Parks', department: 8, uses: 50 },
      { id: 5, name: 'Off', department: null, uses: 99, active: false },
      { id: 6, name: 'Works again', department: '7', uses: 4 },
    ]
    expect(macrosFor(all, 7).map((m) => m.id)).toEqual([6, 2, 3, 1])
    expect(macrosFor(all, null).map((m) => m.id)).toEqual([3, 1])
    expect(macroFits(all[3]!, 7)).toBe(false)
    expect(macroFits(all[3]!, 8)).toBe(true)
    expect(macroFits(all[4]!, 8)).toBe(false)
  })

  it('reads what a macro does besides its text', () => {
    expect(macroEffects({})).toEqual({ awaitCustomer: false, close: false, assignee: null })
    expect(macroEffects({ afterwards: 'waiting-on-customer', assignTo: 'me' })).toEqual({
      awaitCustomer: true,
      close: false,
      assignee: 'me',
    })
    expect(
      macroEffects({ afterwards: 'closed', assignTo: 'person', assignee: { id: 12 } }),
    ).toEqual({ awaitCustomer: false, close: true, assignee: 12 })
    // "A person" without one chosen changes nobody.
    expect(macroEffects({ assignTo: 'person', assignee: null }).assignee).toBeNull()
  })

  it('takes the first word of a contact name, nothing from an empty one', () => {
    expect(firstNameOf('  Marie-Ève   Tremblay ')).toBe('Marie-Ève')
    expect(firstNameOf('')).toBeNull()
    expect(firstNameOf(null)).toBeNull()
    expect(firstNameOf('x'.repeat(61))).toBeNull()
  })
})
