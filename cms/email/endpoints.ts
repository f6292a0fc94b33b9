import type { Endpoint, PayloadRequest } from 'payload'

import { escapeHtml } from '../../site/lib/html'
import { clientIp, readBody as readAnyBody } from '../http/request'
import { currentSettings } from '../settings'
import { htmlPage } from './core/pages'
import { databaseLimiter } from '../coordination/rateLimits'
import {
  confirm,
  parseTopics,
  savePreferences,
  signUp,
  subscriberByToken,
  unsubscribe,
} from './subscriptions'
import { type Language, topicLabel } from './core/templates'
import { SUBSCRIPTION_TOPICS } from '../../site/lib/subscriptionTopics'

/** 5 sign-ups an IP per 10 minutes (a shared library computer still works). */
const perIp = databaseLimiter('subscribe-ip', { max: 5, windowMs: 10 * 60 * 1000 })
/** 3 confirmation emails an address per hour: nobody can flood someone's inbox through us. */
const perAddress = databaseLimiter('subscribe-address', { max: 3, windowMs: 60 * 60 * 1000 })

/**
 * The links in emails (confirm, unsubscribe, manage) carry 256-bit tokens, so guessing is hopeless; the
 * limits still stop a script hammering them: 60 requests an IP and 10 a token per 10 minutes.
 */
const TOKEN_PER_IP = databaseLimiter('token-ip', { max: 60, windowMs: 10 * 60 * 1000 })
const PER_TOKEN = databaseLimiter('token', { max: 10, windowMs: 10 * 60 * 1000 })
const limitedByToken =
  (handler: Endpoint['handler']): Endpoint['handler'] =>
  async (req) => {
    const token = tokenOf(req) ?? ''
    if (
      !(await TOKEN_PER_IP.take(req.payload, clientIp(req))) ||
      (token && !(await PER_TOKEN.take(req.payload, token)))
    ) {
      return htmlPage({
        title: 'Too many requests',
        body: '<p>Please wait ten minutes, then try the link again.</p>',
        status: 429,
        siteUrl: currentSettings().siteUrl,
      })
    }
    return handler(req)
  }

const readBody = (req: PayloadRequest) => readAnyBody(req, ['topics'])
/** A link from one of our emails that no longer works (used, expired, or mistyped). */
const deadLink = (siteUrl: string, hint = 'Use the link in one of our recent emails.') =>
  htmlPage({ title: 'This link does not work', body: `<p>${hint}</p>`, status: 404, siteUrl })

const tokenOf = (req: PayloadRequest) => new URL(req.url ?? 'http://x').searchParams.get('token')

/**
 * `POST /api/subscriptions` `{ email, topics, language }`: 202 whether or not the address is known
 * (a form post is redirected to the site's "check your email" page). 400 names a bad field; 429 when an
 * IP sends too many. An address asked for too often is silently not emailed again, still 202.
 */
const subscribeEndpoint: Endpoint = {
  path: '/subscriptions',
  method: 'post',
  handler: async (req) => {
    const settings = currentSettings()
    const { values, form } = await readBody(req)
    if (!(await perIp.take(req.payload, clientIp(req)))) {
      return form
        ? htmlPage({
            title: 'Too many requests',
            body: '<p>Please wait ten minutes, then try again.</p>',
            status: 429,
            siteUrl: settings.siteUrl,
          })
        : Response.json(
            { errors: [{ message: 'Too many sign-ups from this address; wait ten minutes.' }] },
            { status: 429, headers: { 'retry-after': '600' } },
          )
    }
    const email = String(values.email ?? '')
      .trim()
      .toLowerCase()
    if (email && !(await perAddress.take(req.payload, email)))
      return form
        ? Response.redirect(`${settings.siteUrl}/subscribe/check-your-email/`, 303)
        : Response.json({ message: 'Check your inbox to confirm.' }, { status: 202 })
    const result = await signUp(req.payload, settings, {
      email: values.email,
      topics: values.topics,
      language: values.language,
      sourcePage: req.headers.get('referer') ?? String(values.source ?? 'api'),
      ip: clientIp(req),
    })
    if (!result.ok) {
      return form
        ? htmlPage({
            title: 'Check your answer',
            body: `<p>${escapeHtml(result.message)}</p><p><a href="${escapeHtml(settings.siteUrl)}/subscribe/">Back to the form</a></p>`,
            status: 400,
            siteUrl: settings.siteUrl,
          })
        : Response.json(
            { errors: [{ field: result.field, message: result.message }] },
            { status: 400 },
          )
    }
    return form
      ? Response.redirect(`${settings.siteUrl}/subscribe/check-your-email/`, 303)
      : Response.json({ message: 'Check your inbox to confirm.' }, { status: 202 })
  },
}

const confirmEndpoint: Endpoint = {
  path: '/subscriptions/confirm',
  method: 'get',
  handler: async (req) => {
    const settings = currentSettings()
    const outcome = await confirm(req.payload, settings, tokenOf(req))
    const pages = {
      confirmed: {
        title: 'You are subscribed',
        body: '<p>Thank you. You will get an email when we publish on the topics you chose. Every email has links to change your topics or unsubscribe.</p>',
        status: 200,
      },
      expired: {
        title: 'This link has expired',
        body: `<p>Confirmation links work for 7 days. <a href="${escapeHtml(settings.siteUrl)}/subscribe/">Sign up again</a>.</p>`,
        status: 410,
      },
      invalid: {
        title: 'This link does not work',
        body: `<p>It may have been used already. <a href="${escapeHtml(settings.siteUrl)}/subscribe/">Sign up again</a> if you need to.</p>`,
        status: 404,
      },
    }[outcome]
    return htmlPage({ ...pages, siteUrl: settings.siteUrl })
  },
}

const unsubscribePage = (siteUrl: string, token: string, language: Language) =>
  htmlPage({
    title: language === 'fr' ? 'Se désabonner' : 'Unsubscribe',
    language,
    siteUrl,
    body: `<form method="post"><input type="hidden" name="token" value="${escapeHtml(token)}"><p>${language === 'fr' ? 'Vous ne recevrez plus nos courriels.' : 'You will get no more email from us.'}</p><button type="submit">${language === 'fr' ? 'Me désabonner' : 'Unsubscribe me'}</button></form>`,
  })

/**
 * The unsubscribe link: GET shows a one-button page (mail scanners that follow links do not
 * unsubscribe anyone); POST unsubscribes at once, no sign-in: this is RFC 8058's one-click target.
 */
const unsubscribeEndpoints: Endpoint[] = [
  {
    path: '/subscriptions/unsubscribe',
    method: 'get',
    handler: async (req) => {
      const settings = currentSettings()
      const subscriber = await subscriberByToken(req.payload, tokenOf(req))
      if (!subscriber)
        return deadLink(settings.siteUrl, 'Use the unsubscribe link in one of our recent emails.')
      return unsubscribePage(settings.siteUrl, tokenOf(req)!, subscriber.language ?? 'en')
    },
  },
  {
    path: '/subscriptions/unsubscribe',
    method: 'post',
    handler: async (req) => {
      const settings = currentSettings()
      const { values } = await readBody(req)
      const token = tokenOf(req) ?? (values.token as string | undefined)
      const subscriber = await subscriberByToken(req.payload, token)
      const done = await unsubscribe(req.payload, token)
      if (!done)
        return deadLink(settings.siteUrl, 'Use the unsubscribe link in one of our recent emails.')
      const fr = subscriber?.language === 'fr'
      return htmlPage({
        title: fr ? 'Vous êtes désabonné' : 'You are unsubscribed',
        language: fr ? 'fr' : 'en',
        siteUrl: settings.siteUrl,
        body: `<p>${fr ? 'Vous ne recevrez plus nos courriels.' : 'You will get no more email from us.'}</p><p><a href="${escapeHtml(settings.siteUrl)}/subscribe/">${fr ? 'Se réabonner' : 'Subscribe again'}</a></p>`,
      })
    },
  },
]

const manageForm = (
  siteUrl: string,
  token: string,
  topics: string[],
  language: Language,
  note = '',
) =>
  htmlPage({
    title: 'Your email alerts',
    siteUrl,
    body:
      `${note}<form method="post"><input type="hidden" name="token" value="${escapeHtml(token)}"><fieldset><legend>Topics</legend>` +
      SUBSCRIPTION_TOPICS.map(
        (topic) =>
          `<label class="check"><input type="checkbox" name="topics" value="${topic}"${topics.includes(topic) ? ' checked' : ''}> ${escapeHtml(topicLabel(topic, 'en'))}</label>`,
      ).join('') +
      `</fieldset><label class="block" for="language">Language</label><select id="language" name="language"><option value="en"${language === 'en' ? ' selected' : ''}>English</option><option value="fr" lang="fr"${language === 'fr' ? ' selected' : ''}>Français</option></select>` +
      `<p>Untick every topic to unsubscribe.</p><button type="submit">Save</button></form>`,
  })

const manageEndpoints: Endpoint[] = [
  {
    path: '/subscriptions/manage',
    method: 'get',
    handler: async (req) => {
      const settings = currentSettings()
      const subscriber = await subscriberByToken(req.payload, tokenOf(req))
      if (!subscriber) return deadLink(settings.siteUrl)
      return manageForm(
        settings.siteUrl,
        tokenOf(req)!,
        subscriber.topics ?? [],
        subscriber.language ?? 'en',
      )
    },
  },
  {
    path: '/subscriptions/manage',
    method: 'post',
    handler: async (req) => {
      const settings = currentSettings()
      const { values } = await readBody(req)
      const token = (values.token as string | undefined) ?? tokenOf(req)
      const topics = parseTopics(values.topics)
      const language: Language = values.language === 'fr' ? 'fr' : 'en'
      const outcome = await savePreferences(req.payload, token, topics, language)
      if (outcome === 'invalid') return deadLink(settings.siteUrl)
      if (outcome === 'unsubscribed')
        return htmlPage({
          title: 'You are unsubscribed',
          body: '<p>You chose no topics, so you will get no more email from us.</p>',
          siteUrl: settings.siteUrl,
        })
      return manageForm(
        settings.siteUrl,
        token!,
        topics ?? [],
        language,
        '<p role="status"><strong>Saved.</strong></p>',
      )
    },
  },
]

export const subscriptionEndpoints: Endpoint[] = [
  subscribeEndpoint,
  ...[confirmEndpoint, ...unsubscribeEndpoints, ...manageEndpoints].map((endpoint) => ({
    ...endpoint,
    handler: limitedByToken(endpoint.handler),
  })),
]
