import { oneLine } from './oneLine'

/**
 * Text that staff and residents read, kept in one place so wording stays consistent and French can
 * be added beside it. Functions take the facts and return the sentence.
 */
export const messages = {
  publishNeedsApprover: (roles: readonly string[], itemLabel: string): string =>
    `Publishing needs an approver. Your role${roles.length === 1 ? '' : 's'} (${roles.join(', ') || 'none'}) can save this ${itemLabel} as a draft but cannot make it live or change the live version.`,
  altTextRequired:
    'Alt text is required for images: describe what the image shows for people who cannot see it.',
  altTextTooLong: (length: number): string =>
    `Alt text is ${length} characters; keep it under 250 and put longer descriptions in the caption or body.`,
  slugInvalid:
    'Slug may contain only lower-case letters, digits and single hyphens (for example "road-closure-main-street").',
  slotsExceedTotal: 'Slots taken elsewhere cannot be more than total slots.',
  phoneInvalid:
    'Phone must be a phone number such as 519-555-0100 or +1 519 555 0100, with an optional extension.',
} as const

const STATE_WORDS: Record<string, string> = {
  draft: 'a draft',
  in_review: 'in review',
  changes_requested: 'waiting for changes',
  approved: 'approved',
  scheduled: 'scheduled',
  published: 'published',
  published_needs_review: 'published and awaiting review',
  withdrawn: 'withdrawn',
  archived: 'archived',
}

const ACTION_WORDS: Record<string, string> = {
  submit: 'submit it for review',
  approve: 'approve it',
  'request-changes': 'request changes',
  publish: 'publish it',
  schedule: 'schedule it',
  'urgent-publish': 'publish it urgently',
  'confirm-review': 'confirm its review',
  withdraw: 'withdraw it',
  archive: 'archive it',
}

const NEEDED_ROLE: Record<string, string> = {
  write: 'a role that writes this kind of item',
  publish: 'an approver',
  urgent: 'an emergency officer',
}

/** Why a workflow action is refused, in words the person can act on. */
export const workflowMessages = {
  signIn: 'Sign in to use the workflow.',
  unknownAction: (action: unknown) =>
    `"${String(action)}" is not a workflow action; use one of submit, approve, request-changes, publish, schedule, urgent-publish, confirm-review, withdraw, archive.`,
  notForType: (action: string) => `Only emergency bulletins can ${ACTION_WORDS[action] ?? action}.`,
  roleCannot: (action: string, needs: string) =>
    `Only ${NEEDED_ROLE[needs] ?? needs} can ${ACTION_WORDS[action] ?? action}.`,
  notLive: (action: string) =>
    `Nothing is published yet, so you cannot ${ACTION_WORDS[action] ?? action}.`,
  wrongState: (action: string, state: string, from: readonly string[]) =>
    `This item is ${STATE_WORDS[state] ?? state}; you can ${ACTION_WORDS[action] ?? action} only when it is ${from.map((s) => STATE_WORDS[s] ?? s).join(' or ')}.`,
  secondPerson: 'You wrote or last edited this item; a second person must review it.',
  ownUrgent: 'You published this urgently; a second person must confirm the review.',
  commentRequired: (action: string): string =>
    action === 'withdraw'
      ? 'Give the public reason for withdrawing: it is shown on the page.'
      : action === 'urgent-publish'
        ? 'Give the reason this cannot wait for review: it is recorded in the audit.'
        : 'Say what needs to change: the author reads this.',
  publishAtRequired:
    'Give the date and time to publish (publishAt), e.g. 2026-12-01T09:00:00-05:00.',
  publishAtPast: 'The publish time must be in the future; to publish now, use Publish now.',
  accessibilityBlocks: (count: number) =>
    `${count} accessibility ${count === 1 ? 'problem blocks' : 'problems block'} this step. Fix ${count === 1 ? 'it' : 'them'} (see the findings), or an approver can go ahead with a written reason.`,
  frenchRequired: (fields: string[]) =>
    `French is required before this is published. Add the French text of ${fields.join(', ')} (switch the editor to Français), then publish.`,
  onlyApproverOverrides: 'Only an approver can go ahead despite accessibility problems.',
  editLiveThroughDraft: (itemLabel: string) =>
    `This ${itemLabel} is live. Save your changes as a draft and submit them for review; the live version stays up until they are approved.`,
  publishThroughWorkflow: (itemLabel: string) =>
    `A ${itemLabel} goes live only through the workflow (submit, approve, publish), not by setting its status.`,
}

/** The workflow's sentences, in any language (French in workflowMessagesFr.ts). */
export type WorkflowMessages = typeof workflowMessages

const EMAIL_SUBJECTS: Record<string, (title: string) => string> = {
  submit: (title) => `For your review: ${title}`,
  approve: (title) => `Approved: ${title}`,
  'request-changes': (title) => `Changes requested: ${title}`,
  publish: (title) => `Published: ${title}`,
  'urgent-publish': (title) => `Published urgently, review needed: ${title}`,
  withdraw: (title) => `Withdrawn: ${title}`,
}

const EMAIL_LEADS: Record<string, (actor: string) => string> = {
  submit: (actor) => `${actor} submitted an item for your review.`,
  approve: (actor) => `${actor} approved your item. An approver will publish or schedule it.`,
  'request-changes': (actor) => `${actor} asked for changes to your item.`,
  publish: (actor) =>
    `${actor === 'The system' ? 'Your scheduled item' : `${actor} published your item`} is now live.`,
  'urgent-publish': (actor) =>
    `${actor} published an emergency bulletin without review. A second person must confirm the review.`,
  withdraw: (actor) =>
    `${actor} withdrew your item. The page stays up with the public reason below.`,
}

/** Staff notices of the bilingual rules. */
export const bilingualMessages = {
  frenchReminder: (args: {
    title: string
    firstName: string
    minutes: number
    fields: string[]
    link: string
  }) => ({
    subject: `Add French: "${oneLine(args.title)}" is in force in English only`,
    text: [
      `${args.firstName ? `${args.firstName}, ` : ''}the alert "${oneLine(args.title)}" went out ${args.minutes} minutes ago in English only. French pages show it in English with a notice.`,
      '',
      `Add its French text (${args.fields.map((f) => `fr.${f}`).join(', ')}) and publish the change:`,
      args.link,
      '',
      'You will be reminded until the French is added or the alert ends.',
    ].join('\n'),
  }),
}

/** The plain-text email for a workflow event (HTML email arrives with the email issue). */
export const workflowEmails = (
  action: string,
  facts: {
    title: string
    link: string
    comment: string | null
    actorName: string
    recipientName: string
  },
): { subject: string; text: string } => ({
  subject: oneLine((EMAIL_SUBJECTS[action] ?? ((title: string) => title))(facts.title)),
  text: [
    facts.recipientName ? `Hello ${facts.recipientName},` : 'Hello,',
    '',
    (EMAIL_LEADS[action] ?? (() => 'An item changed.'))(facts.actorName),
    '',
    `"${facts.title}"`,
    ...(facts.comment ? ['', `Comment: ${facts.comment}`] : []),
    '',
    `Open it: ${facts.link}`,
    '',
    'City Communications',
  ].join('\n'),
})
