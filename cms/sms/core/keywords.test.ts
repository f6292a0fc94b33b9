import { describe, expect, it } from 'vitest'

import { commandOf } from './keywords'

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
