import { readdir, readFile, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import nodemailer from 'nodemailer'
import { describe, expect, it } from 'vitest'

import { splitMailbox } from '../core/text/emailAddress'
import { fileTransport } from './fileTransport'

describe('splitMailbox', () => {
  it.each([
    [
      'City Communications <news@city.example>',
      { name: 'City Communications', address: 'news@city.example' },
    ],
    [
      '"Ville de Windsor, Communications" <nouvelles@city.example>',
      { name: 'Ville de Windsor, Communications', address: 'nouvelles@city.example' },
    ],
    ['news@city.example', { name: '', address: 'news@city.example' }],
    ['  <news@city.example>  ', { name: '', address: 'news@city.example' }],
  ])('%j', (mailbox, expected) => expect(splitMailbox(mailbox)).toEqual(expected))
})

describe('fileTransport', () => {
  it('writes each message as an .eml file a mail program opens', async () => {
    const dir = path.join(await mkdtemp(path.join(tmpdir(), 'civic-outbox-')), 'outbox')
    const transporter = nodemailer.createTransport(fileTransport(dir))
    const info = await transporter.sendMail({
      from: 'City Communications <news@city.example>',
      to: 'resident@example.com',
      subject: 'Réinitialiser votre mot de passe',
      text: 'Bonjour',
    })
    const files = await readdir(dir)
    expect(files).toHaveLength(1)
    expect(files[0]).toMatch(/\.eml$/)
    expect((info as unknown as { file: string }).file).toBe(path.join(dir, files[0]!))
    const eml = await readFile(path.join(dir, files[0]!), 'utf8')
    expect(eml).toMatch(/^From: City Communications <news@city\.example>$/m)
    expect(eml).toMatch(/^To: resident@example\.com$/m)
    expect(eml).toMatch(/^Subject: =\?UTF-8\?/m)
    expect(eml).toContain('Bonjour')
  })
})
