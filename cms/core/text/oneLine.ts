/**
 * Text bound for a single-line place (an email subject, a header): line breaks and other control
 * characters become one space. A title posted to the API as "Closed\r\nBcc: everyone@…" must not
 * add a header to the emails built from it.
 */
export const oneLine = (text: string): string =>
  text
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim()
