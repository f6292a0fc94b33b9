import { describe, expect, it } from 'vitest'

import { classifySmtpFailure } from './smtpErrors'

const smtpError = (message: string, fields: { code?: string; responseCode?: number }) =>
  Object.assign(new Error(message), fields)

describe('classifySmtpFailure', () => {
  it.each([
    [
      'refused connection',
      smtpError('connect ECONNREFUSED 127.0.0.1:2525', { code: 'ECONNREFUSED' }),
      'server',
      'temporary',
    ],
    [
      'silent server',
      smtpError('Greeting never received', { code: 'ETIMEDOUT' }),
      'server',
      'temporary',
    ],
    ['421 closing', smtpError('421 shutting down', { responseCode: 421 }), 'server', 'temporary'],
    [
      '451 for a message',
      smtpError('451 Try again later', { responseCode: 451 }),
      'recipient',
      'temporary',
    ],
    [
      '550 for a message',
      smtpError('550 No such user', { responseCode: 550 }),
      'recipient',
      'permanent',
    ],
    ['something unknown', new Error('boom'), 'server', 'temporary'],
  ])('%s', (_label, error, scope, kind) => {
    expect(classifySmtpFailure(error)).toMatchObject({ scope, kind })
  })
})
