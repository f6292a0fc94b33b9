import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'

import type { Settings } from '../settings'
import { fileTransport } from './fileTransport'

/** "Name <address>" → its parts, for Payload's defaultFromName / defaultFromAddress. */
export const splitMailbox = (mailbox: string): { name: string; address: string } => {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(mailbox)
  if (match) return { name: match[1]!.trim(), address: match[2]!.trim() }
  return { name: '', address: mailbox.trim() }
}

/** One transporter for the process: pooled SMTP when SMTP_URL is set, .eml files otherwise. */
export const emailAdapter = (settings: Settings) => {
  const from = splitMailbox(settings.mailFrom)
  const transport = settings.smtpUrl
    ? nodemailer.createTransport(settings.smtpUrl.includes('pool=') ? settings.smtpUrl : withPool(settings.smtpUrl))
    : nodemailer.createTransport(fileTransport(settings.outboxDir))
  return nodemailerAdapter({
    defaultFromAddress: from.address,
    defaultFromName: from.name || 'City Communications',
    transport,
    // Verifying means a network round trip at every boot; a bad SMTP_URL shows on the first send instead.
    skipVerify: true,
  })
}

const withPool = (url: string): string => `${url}${url.includes('?') ? '&' : '?'}pool=true`
