/**
 * Used until someone edits the list: the City's name one way, and everyday words (Canada.ca plain
 * language).
 */
export const DEFAULT_STYLE_RULES = [
  { avoid: 'City Of Riverton', prefer: 'City of Riverton', caseSensitive: true },
  { avoid: 'utilize', prefer: 'use' },
  { avoid: 'utilise', prefer: 'use' },
  { avoid: 'commence', prefer: 'start' },
  { avoid: 'facilitate', prefer: 'help' },
  { avoid: 'in order to', prefer: 'to' },
  { avoid: 'prior to', prefer: 'before' },
  { avoid: 'approximately', prefer: 'about' },
  { avoid: 'purchase', prefer: 'buy' },
  { avoid: 'endeavour', prefer: 'try' },
  { avoid: 'notwithstanding', prefer: 'despite' },
]
