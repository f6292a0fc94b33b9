import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The webhook signature of the common gateway shape (Twilio's `X-Twilio-Signature`): base64 of
 * HMAC-SHA1, keyed with the account's auth token, over the full URL the gateway called followed by
 * each form field's name and value, fields sorted by name. Only the gateway knows the token, so a
 * forged STOP or START from anyone else is refused.
 */
export const gatewaySignature = (
  authToken: string,
  url: string,
  fields: Record<string, string>,
): string => {
  const data =
    url +
    Object.keys(fields)
      .sort()
      .map((name) => `${name}${fields[name]}`)
      .join('')
  return createHmac('sha1', authToken).update(data, 'utf8').digest('base64')
}

export const signatureValid = (
  authToken: string,
  url: string,
  fields: Record<string, string>,
  signature: string | null,
): boolean => {
  if (!signature) return false
  const expected = Buffer.from(gatewaySignature(authToken, url, fields))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
