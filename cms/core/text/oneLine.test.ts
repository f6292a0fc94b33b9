import { describe, expect, it } from 'vitest'

import { oneLine } from './oneLine'

describe('oneLine', () => {
  it.each([
    ['Road closed\r\nBcc: x@example.com', 'Road closed Bcc: x@example.com'],
    ['a\nb\u2028c\u2029d', 'a b c d'],
    ['tab\there\u0000null', 'tab here null'],
    ['  spaced   out  ', 'spaced out'],
    ['Ça va — déjà vu', 'Ça va — déjà vu'],
  ])('%j → %j', (input, expected) => expect(oneLine(input)).toBe(expected))
})
