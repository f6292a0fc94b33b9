import { describe, expect, it } from 'vitest'

import { commandOf, toE164 } from './keywords'

describe('SMS keywords', () => {
  it('reads STOP, START and HELP in English and French, by the first word, any case or accent', () => {
    for (const body of [
      'STOP',
      'stop',
      ' Stop please',
      'ARRÊT',
      'arret',
      'Arrêter.',
      'unsubscribe',
    ])
      expect(commandOf(body), body).toBe('stop')
    for (const body of ['START', 'start', 'Début', 'oui', 'UNSTOP'])
      expect(commandOf(body), body).toBe('start')
    for (const body of ['HELP', 'aide', 'Info?']) expect(commandOf(body), body).toBe('help')
  })

  it('takes anything else as a reply, not a command', () => {
    for (const body of ['', 'Thanks', 'please stop', 'STOPPED', 'is the road open?'])
      expect(commandOf(body), body).toBe('other')
  })
})

describe('mobile numbers', () => {
  it('writes North American numbers as +1 and ten digits', () => {
    expect(toE164('519-555-0123')).toBe('+15195550123')
    expect(toE164('(519) 555-0123')).toBe('+15195550123')
    expect(toE164('1 519 555 0123')).toBe('+15195550123')
    expect(toE164('+1 (519) 555-0123')).toBe('+15195550123')
  })

  it('keeps international numbers written with +, and refuses what cannot be a mobile', () => {
    expect(toE164('+33 6 12 34 56 78')).toBe('+33612345678')
    for (const bad of ['', '311', '555-0123', '019-555-0123', '519-055-0123', 'call me', '+12'])
      expect(toE164(bad), bad).toBeNull()
  })
})
