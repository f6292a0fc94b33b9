/**
 * What a resident typed, as the public may read it: email addresses and phone numbers removed. A
 * report's description and a comment on it are published by apps as they come (Open311).
 */

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g
const PHONE = /(\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}(\s*(x|ext\.?)\s*\d+)?/gi

/** A description as the public sees it: email addresses and phone numbers typed into it removed. */
export const publicDescription = (text: string | null | undefined) =>
  (text ?? '').replace(EMAIL, '[removed]').replace(PHONE, '[removed]')
