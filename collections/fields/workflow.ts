import type { Field } from 'payload'

import { adminLabel } from '../../cms/i18n'
import { WORKFLOW_STATES } from '../../cms/workflow/core/states'
import { USERS } from '../../cms/core/slugs'

/** Written only by the workflow service (with access overridden); read-only everywhere else. */
const workflowOnly = { create: () => false, update: () => false }

/**
 * The workflow's fields on every content type. `workflowState` lives in each version: the published
 * version says what the public sees, the latest version what is being worked on.
 */
export const workflowFields = (): Field[] => [
  {
    name: 'workflowPanel',
    type: 'ui',
    admin: {
      position: 'sidebar',
      components: { Field: '/cms/workflow/admin/WorkflowPanel#WorkflowPanel' },
    },
  },
  {
    name: 'accessibilityPanel',
    type: 'ui',
    admin: {
      position: 'sidebar',
      components: { Field: '/cms/accessibility/admin/AccessibilityPanel#AccessibilityPanel' },
    },
  },
  {
    name: 'workflowState',
    type: 'select',
    required: true,
    defaultValue: 'draft',
    index: true,
    options: WORKFLOW_STATES.map((value) => ({ value, label: adminLabel((t) => t.states[value]) })),
    access: workflowOnly,
    // Shown by the workflow panel in the form, and as a column in lists.
    admin: { position: 'sidebar', readOnly: true, condition: () => false },
  },
  {
    name: 'publishAt',
    type: 'date',
    access: workflowOnly,
    admin: {
      position: 'sidebar',
      readOnly: true,
      date: { pickerAppearance: 'dayAndTime' },
      condition: (data) => Boolean(data?.publishAt),
    },
  },
  {
    name: 'publishedAt',
    label: 'First published',
    type: 'date',
    access: workflowOnly,
    admin: {
      position: 'sidebar',
      readOnly: true,
      date: { pickerAppearance: 'dayAndTime' },
      condition: (data) => Boolean(data?.publishedAt),
    },
  },
  {
    name: 'unpublishAt',
    label: 'Take down at',
    type: 'date',
    admin: {
      position: 'sidebar',
      date: { pickerAppearance: 'dayAndTime' },
      description:
        'Optional. At this time the live item is archived (off the public site). Part of what is reviewed.',
    },
  },
  {
    name: 'changeNotes',
    label: { en: 'Change notes', fr: 'Notes de modification' },
    type: 'array',
    access: workflowOnly,
    admin: {
      readOnly: true,
      description:
        'Written when an edit of a live item is published with a change note; shown on its page as "Updated".',
    },
    fields: [
      { name: 'note', type: 'textarea', required: true },
      { name: 'noteFr', type: 'textarea' },
      { name: 'at', type: 'date', required: true },
      { name: 'notified', type: 'checkbox', defaultValue: false },
    ],
  },
  {
    name: 'withdrawalReason',
    type: 'textarea',
    localized: true,
    access: workflowOnly,
    admin: {
      readOnly: true,
      description: 'Shown on the page after withdrawal.',
      condition: (data) => Boolean(data?.withdrawalReason),
    },
  },
  {
    name: 'withdrawnAt',
    type: 'date',
    access: workflowOnly,
    admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.withdrawnAt) },
  },
  {
    name: 'urgentPublishedBy',
    type: 'relationship',
    relationTo: USERS,
    access: workflowOnly,
    admin: {
      position: 'sidebar',
      readOnly: true,
      condition: (data) => Boolean(data?.urgentPublishedBy),
    },
  },
]
