import { describe, expect, it } from 'vitest'

import { readSurveyAnswer, readSurveyToken, surveyToken } from './survey'
import { anonymisedCase, REMOVED, retentionCutoff } from './retention'

describe('the survey link', () => {
  it('names its case and cannot be forged for another', () => {
    const token = surveyToken('secret', 42)
    expect(readSurveyToken('secret', token)).toBe('42')
    expect(readSurveyToken('other', token)).toBeNull()
    expect(readSurveyToken('secret', token.replace(/^42/, '43'))).toBeNull()
    expect(readSurveyToken('secret', 'junk')).toBeNull()
    expect(readSurveyToken('secret', undefined)).toBeNull()
  })

  it('takes a score from 1 to 5 and an optional comment', () => {
    expect(readSurveyAnswer({ score: '4', comment: ' Quick. ' })).toEqual({
      score: 4,
      comment: 'Quick.',
    })
    expect(readSurveyAnswer({ score: '5', comment: '' })).toEqual({ score: 5, comment: null })
    expect(readSurveyAnswer({ score: '0' })).toBeNull()
    expect(readSurveyAnswer({ score: '6' })).toBeNull()
    expect(readSurveyAnswer({ score: '2.5' })).toBeNull()
    expect(readSurveyAnswer({})).toBeNull()
  })
})

describe('retention', () => {
  it('cuts off closed cases older than the period', () => {
    expect(retentionCutoff(new Date('2026-12-02T00:00:00Z'), 2).toISOString()).toBe(
      '2024-12-02T00:00:00.000Z',
    )
    expect(() => retentionCutoff(new Date(), 0)).toThrow(/1 or more/)
  })

  it('keeps nothing that names or quotes the person', () => {
    expect(anonymisedCase).toMatchObject({
      email: null,
      contactName: null,
      phone: null,
      subject: REMOVED,
    })
  })
})
