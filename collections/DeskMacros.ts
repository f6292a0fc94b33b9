import type { CollectionConfig, TextareaField } from 'payload'

import { departmentTheyManage, macroAccess } from '../cms/access/macros'
import { DEPARTMENTS, DESK_MACROS, USERS } from '../cms/core/slugs'
import {
  MACRO_AFTERWARDS,
  MACRO_ASSIGN,
  MACRO_PLACEHOLDERS,
  MAX_MACRO,
  macroProblem,
} from '../cms/desk/core/macros'
import { options } from './fields/options'

const HELP = `Placeholders: ${MACRO_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}. Filled with the case’s facts in the customer’s language; the agent reads and may edit the reply before sending it.`

const textField = (name: string, label: { en: string; fr: string }): TextareaField => ({
  name,
  label,
  type: 'textarea',
  required: true,
  maxLength: MAX_MACRO,
  validate: (value: unknown) => macroProblem(value) ?? true,
  admin: { description: HELP, rows: 8 },
})

const nobody = () => false

/**
 * The desk's saved replies (macros): written once in English and French, shared by the desk or kept
 * by a department, offered on each case of that department; applying one fills the reply in the
 * case's language. Sending a reply made from one records it (the thread's message names the macro)
 * and counts it here.
 */
export const DeskMacros: CollectionConfig = {
  slug: DESK_MACROS,
  labels: {
    singular: { en: 'Macro (saved reply)', fr: 'Réponse enregistrée' },
    plural: { en: 'Macros (saved replies)', fr: 'Réponses enregistrées' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'department', 'afterwards', 'uses', 'active'],
    group: 'Customer service',
  },
  access: macroAccess,
  timestamps: true,
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 120,
      admin: { description: 'What agents pick from on a case (say what it answers).' },
    },
    {
      name: 'department',
      type: 'relationship',
      relationTo: DEPARTMENTS,
      index: true,
      validate: (value: unknown, { req }: { req: Parameters<typeof departmentTheyManage>[1] }) =>
        departmentTheyManage(value, req),
      admin: { description: 'Empty: shared by the whole desk.' },
    },
    textField('text', { en: 'Reply (English)', fr: 'Réponse (anglais)' }),
    textField('textFr', { en: 'Reply (French)', fr: 'Réponse (français)' }),
    {
      name: 'afterwards',
      type: 'select',
      required: true,
      defaultValue: 'answered',
      options: options(MACRO_AFTERWARDS),
      admin: {
        description:
          'answered: the reply answers the case. waiting-on-customer: it asks a question, and the clock pauses until the customer writes. closed: the case closes with the reply.',
      },
    },
    {
      name: 'assignTo',
      type: 'select',
      required: true,
      defaultValue: 'unchanged',
      options: options(MACRO_ASSIGN),
      admin: { description: 'me: the agent who sends it. person: the one chosen below.' },
    },
    {
      name: 'assignee',
      type: 'relationship',
      relationTo: USERS,
      admin: { condition: (data) => data?.assignTo === 'person' },
      validate: (value: unknown, { siblingData }: { siblingData: { assignTo?: string } }) =>
        siblingData?.assignTo === 'person' && !value ? 'Choose the person to assign to.' : true,
    },
    { name: 'active', type: 'checkbox', defaultValue: true, index: true },
    {
      name: 'uses',
      type: 'number',
      defaultValue: 0,
      access: { create: nobody, update: nobody },
      admin: { readOnly: true, position: 'sidebar', description: 'Replies sent from it.' },
    },
    {
      name: 'lastUsedAt',
      type: 'date',
      access: { create: nobody, update: nobody },
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
