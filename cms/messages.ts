/**
 * Text that staff and residents read, kept in one place so wording stays consistent and French can be
 * added beside it. Functions take the facts and return the sentence.
 */
export const messages = {
  publishNeedsApprover: (roles: readonly string[], itemLabel: string): string =>
    `Publishing needs an approver. Your role${roles.length === 1 ? '' : 's'} (${roles.join(', ') || 'none'}) can save this ${itemLabel} as a draft but cannot make it live or change the live version.`,
  altTextRequired: 'Alt text is required for images: describe what the image shows for people who cannot see it.',
  altTextTooLong: (length: number): string =>
    `Alt text is ${length} characters; keep it under 250 and put longer descriptions in the caption or body.`,
  slugInvalid:
    'Slug may contain only lower-case letters, digits and single hyphens (for example "road-closure-main-street").',
  slotsExceedTotal: 'Available slots cannot be more than total slots.',
  phoneInvalid: 'Phone must be a phone number such as 519-555-0100 or +1 519 555 0100, with an optional extension.',
} as const
