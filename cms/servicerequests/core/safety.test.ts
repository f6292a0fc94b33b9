import { describe, expect, it } from 'vitest'

import { checkAnswers } from './attributes'
import {
  DANGER_CODE,
  dangerAttribute,
  instructionIn,
  noticeAttribute,
  noticeIn,
  questionsOf,
  safetyProblems,
  stoppedBy,
} from './safety'

const wire = {
  safetyQuestion: 'Is a wire down?',
  safetyQuestionFr: 'Un fil est-il tombé?',
  safetyInstruction: 'Call 911 now.',
  safetyInstructionFr: 'Composez le 911 maintenant.',
}
const size = {
  code: 'size',
  datatype: 'string' as const,
  required: false,
  description: 'How big?',
}

describe('the safety question', () => {
  it('is a required two-answer list asked before the service’s own questions', () => {
    const questions = questionsOf({ ...wire, attributes: [size] })
    expect(questions.map((q) => q.code)).toEqual([DANGER_CODE, 'size'])
    expect(questions[0]).toMatchObject({
      datatype: 'singlevaluelist',
      required: true,
      variable: true,
      description: 'Is a wire down?',
      descriptionFr: 'Un fil est-il tombé?',
      values: [
        { key: 'yes', name: 'Yes', nameFr: 'Oui' },
        { key: 'no', name: 'No', nameFr: 'Non' },
      ],
    })
  })

  it('takes the service’s own words for the two answers', () => {
    const danger = dangerAttribute({ ...wire, safetyStop: 'It sparks', safetyGoFr: 'Non, éteint' })
    expect(danger?.values).toEqual([
      { key: 'yes', name: 'It sparks', nameFr: 'Oui' },
      { key: 'no', name: 'No', nameFr: 'Non, éteint' },
    ])
  })

  it('is not asked when the service has no question', () => {
    expect(questionsOf({ attributes: [size] }).map((q) => q.code)).toEqual(['size'])
    expect(dangerAttribute({ safetyQuestion: '  ' })).toBeNull()
    expect(stoppedBy({}, { danger: 'yes' }, 'en')).toBeNull()
  })

  it('stops on “yes” with what to do, in the reporter’s language, and lets “no” through', () => {
    expect(stoppedBy(wire, { danger: 'yes' }, 'en')).toBe('Call 911 now.')
    expect(stoppedBy(wire, { danger: 'yes' }, 'fr')).toBe('Composez le 911 maintenant.')
    expect(stoppedBy(wire, { danger: 'no' }, 'en')).toBeNull()
    expect(stoppedBy(wire, {}, 'en')).toBeNull()
  })

  it('is checked like any list question: required, and only its two keys', () => {
    const questions = questionsOf(wire)
    expect(checkAnswers(questions, {}).problems).toEqual([
      expect.objectContaining({ field: 'attribute[danger]', kind: 'required' }),
    ])
    expect(checkAnswers(questions, { danger: 'maybe' }).problems[0]).toMatchObject({
      field: 'attribute[danger]',
      kind: 'invalid',
    })
    expect(checkAnswers(questions, { danger: 'no' })).toEqual({
      answers: { danger: 'no' },
      problems: [],
    })
    // Email and phone intake cannot ask it: not required there (the reply says what to do).
    expect(checkAnswers(questions, {}, { requireAnswers: false }).problems).toEqual([])
  })

  it('falls back to the other language rather than saying nothing', () => {
    const englishOnly = { safetyInstruction: 'Call 911.', notice: 'Plowed first: main roads.' }
    expect(instructionIn(englishOnly, 'fr')).toBe('Call 911.')
    expect(noticeIn(englishOnly, 'fr')).toBe('Plowed first: main roads.')
    expect(noticeIn({ noticeFr: 'Avis' }, 'en')).toBe('Avis')
  })
})

describe('the catalogue’s checks of the safety fields', () => {
  it('accepts none, or a question with what to do in both languages', () => {
    expect(safetyProblems({})).toEqual([])
    expect(safetyProblems(wire)).toEqual([])
  })

  it('refuses a question without what to do, naming each empty field', () => {
    const fields = safetyProblems({ safetyQuestion: 'Is a wire down?' }).map((p) => p.field)
    expect(fields).toEqual(['safetyQuestionFr', 'safetyInstruction', 'safetyInstructionFr'])
  })

  it('refuses what to do without a question (it would never be shown)', () => {
    expect(safetyProblems({ safetyInstruction: 'Call 911.' })).toEqual([
      expect.objectContaining({ field: 'safetyQuestion' }),
    ])
  })
})

describe('the notice', () => {
  it('is an information-only attribute, never asked', () => {
    expect(noticeAttribute({ notice: 'Main roads first.', noticeFr: 'Artères d’abord.' })).toEqual(
      expect.objectContaining({
        code: 'notice',
        variable: false,
        required: false,
        description: 'Main roads first.',
        descriptionFr: 'Artères d’abord.',
      }),
    )
    expect(noticeAttribute({})).toBeNull()
    // Information-only attributes are skipped by the answer checks.
    expect(checkAnswers([noticeAttribute({ notice: 'x' })!], {}).problems).toEqual([])
  })
})
