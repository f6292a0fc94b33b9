import type { Field, TextareaField, TextField, TextFieldSingleValidation } from 'payload'

import { type SafetyFields, safetyProblems } from '../../cms/servicerequests/core/safety'

/**
 * A service's notice and safety stop (core/safety.ts says how they are used). Each field checks the
 * whole set, so a question saved without what to do instead is refused at the field that is empty.
 */

const checkedBy =
  (name: keyof SafetyFields) =>
  (_value: unknown, { siblingData }: { siblingData: unknown }) =>
    safetyProblems((siblingData ?? {}) as SafetyFields).find((p) => p.field === name)?.message ??
    true

const text = (name: keyof SafetyFields, en: string, fr: string): TextField => ({
  name,
  type: 'text',
  label: { en, fr },
  validate: checkedBy(name) as TextFieldSingleValidation,
})

const area = (name: keyof SafetyFields, en: string, fr: string): TextareaField => ({
  name,
  type: 'textarea',
  label: { en, fr },
  validate: checkedBy(name) as TextareaField['validate'],
})

export const safetyFields: Field = {
  type: 'collapsible',
  label: { en: 'Notice and safety stop', fr: 'Avis et arrêt de sécurité' },
  admin: {
    initCollapsed: true,
    description: {
      en: 'A notice residents read before reporting, and a question whose “yes” files nothing and says what to do instead (a gas smell: call 911).',
      fr: 'Un avis lu avant de signaler, et une question dont le « oui » ne crée rien et dit quoi faire à la place (odeur de gaz : composez le 911).',
    },
  },
  fields: [
    {
      type: 'row',
      fields: [
        area('notice', 'Notice (English)', 'Avis (anglais)'),
        area('noticeFr', 'Notice (French)', 'Avis (français)'),
      ],
    },
    {
      type: 'row',
      fields: [
        text('safetyQuestion', 'Safety question (English)', 'Question de sécurité (anglais)'),
        text('safetyQuestionFr', 'Safety question (French)', 'Question de sécurité (français)'),
      ],
    },
    {
      type: 'row',
      fields: [
        text(
          'safetyStop',
          'Stopping answer (English, default Yes)',
          'Réponse qui arrête (anglais, Yes par défaut)',
        ),
        text(
          'safetyStopFr',
          'Stopping answer (French, default Oui)',
          'Réponse qui arrête (français, Oui par défaut)',
        ),
        text(
          'safetyGo',
          'Other answer (English, default No)',
          'Autre réponse (anglais, No par défaut)',
        ),
        text(
          'safetyGoFr',
          'Other answer (French, default Non)',
          'Autre réponse (français, Non par défaut)',
        ),
      ],
    },
    {
      type: 'row',
      fields: [
        area(
          'safetyInstruction',
          'What to do instead (English)',
          'Quoi faire à la place (anglais)',
        ),
        area(
          'safetyInstructionFr',
          'What to do instead (French)',
          'Quoi faire à la place (français)',
        ),
      ],
    },
  ],
}
