/**
 * Phone numbers, one module for every domain: checking what staff and residents type, and the E.164
 * form gateways want.
 *
 * North American numbers as staff type them: 519-555-0100, (519) 555-0100, +1 519 555 0100,
 * 1-800-555-0100, 311, with an optional extension ("ext. 1234", "x1234"). Not a full E.164 check:
 * it catches typos (too few digits, letters) without rejecting a real number.
 */
const EXTENSION = /\s*(?:,|;|ext\.?|extension|x)\s*\d{1,6}$/i

export const isPhoneNumber = (input: string): boolean => {
  const text = input.trim()
  if (!text) return false
  const main = text.replace(EXTENSION, '')
  if (/[^\d\s()+.-]/.test(main)) return false
  const digits = main.replace(/\D/g, '')
  if (digits.length === 3) return /^[2-9]11$/.test(digits) // 311, 211, 911 service numbers
  if (digits.length === 10) return /^[2-9]/.test(digits)
  if (digits.length === 11) return digits.startsWith('1') && /^1[2-9]/.test(digits)
  return false
}

/** A number a customer can be called back on: North American, or international written with `+`. */
export const isCallbackNumber = (input: string): boolean =>
  isPhoneNumber(input) || /^\+\d[\d\s().-]{7,20}$/.test(input.trim())

/**
 * A mobile number in E.164, as gateways want it: North American numbers as people type them
 * (519-555-0123, (519) 555-0123, 1 519 555 0123) become +15195550123; an international number
 * must start with +. Null when it cannot be a mobile number.
 */
export const toE164 = (input: string): string | null => {
  const text = input.trim()
  if (!text || /[^\d\s()+.-]/.test(text)) return null
  const digits = text.replace(/\D/g, '')
  if (text.startsWith('+')) return digits.length >= 8 && digits.length <= 15 ? `+${digits}` : null
  if (digits.length === 10 && /^[2-9]\d{2}[2-9]/.test(digits)) return `+1${digits}`
  if (digits.length === 11 && /^1[2-9]\d{2}[2-9]/.test(digits)) return `+${digits}`
  return null
}
