import { describe, expect, it } from 'vitest'

import { richText } from '../../cms/core/text/lexical'
import { followUpData } from './followUp'
import { BULLETIN_TEMPLATES, templateValues } from './templates'
import {
  CAP_CATEGORY,
  CAP_CERTAINTY,
  CAP_RESPONSE_TYPE,
  CAP_SEVERITY,
  CAP_URGENCY,
} from './capEnums'

const live = {
  id: 42,
  title: 'Flood watch: riverfront',
  event: 'Flood',
  status: 'Actual',
  msgType: 'Alert',
  category: ['Met'],
  urgency: 'Expected',
  severity: 'Moderate',
  certainty: 'Likely',
  summary: 'The river may flood.',
  body: richText({ paragraph: 'Stay away from the banks.' }),
  instruction: 'Stay away from the river banks.',
  areas: [
    { id: 'row1', areaDesc: 'Riverfront', polygons: [{ id: 'p1', polygon: '1,1 2,2 3,1 1,1' }] },
  ],
  expires: '2026-11-28T12:00:00.000Z',
  workflowState: 'published',
  slug: 'flood-watch-riverfront',
}

describe('followUpData', () => {
  it('an update copies the bulletin, references it and drops row ids', () => {
    const data = followUpData(live, 'update')
    expect(data).toMatchObject({
      msgType: 'Update',
      references: [42],
      title: 'Update: Flood watch: riverfront',
      summary: 'The river may flood.',
      expires: '2026-11-28T12:00:00.000Z',
    })
    expect(data.areas).toEqual([
      { areaDesc: 'Riverfront', polygons: [{ polygon: '1,1 2,2 3,1 1,1' }] },
    ])
    expect(data).not.toHaveProperty('slug')
    expect(data).not.toHaveProperty('workflowState')
    expect(data.body).toEqual(live.body)
  })

  it('a cancel is an all-clear that references it and stays valid a day', () => {
    const now = new Date('2026-11-27T12:00:00Z')
    expect(followUpData(live, 'cancel', now)).toMatchObject({
      msgType: 'Cancel',
      references: [42],
      title: 'All clear: Flood watch: riverfront',
      summary: 'The flood has ended.',
      urgency: 'Past',
      responseType: ['AllClear'],
      expires: '2026-11-28T12:00:00.000Z',
    })
  })

  it('does not stack prefixes on follow-ups of follow-ups', () => {
    expect(followUpData({ ...live, title: 'Update: Flood watch' }, 'update').title).toBe(
      'Update: Flood watch',
    )
    expect(followUpData({ ...live, title: 'Update: Flood watch' }, 'cancel').title).toBe(
      'All clear: Flood watch',
    )
  })
})

describe('bulletin templates', () => {
  it.each(BULLETIN_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s uses only CAP vocabulary and has both languages',
    (_id, template) => {
      for (const category of template.category) expect(CAP_CATEGORY).toContain(category)
      for (const response of template.responseType) expect(CAP_RESPONSE_TYPE).toContain(response)
      expect(CAP_URGENCY).toContain(template.urgency)
      expect(CAP_SEVERITY).toContain(template.severity)
      expect(CAP_CERTAINTY).toContain(template.certainty)
      expect(templateValues(template, 'fr').instruction).not.toBe(
        templateValues(template, 'en').instruction,
      )
      // Plain language: short sentences for people reading in a hurry.
      for (const sentence of template.instruction.en.split(/(?<=\.)\s+/))
        expect(sentence.split(/\s+/).length).toBeLessThanOrEqual(22)
    },
  )
})
