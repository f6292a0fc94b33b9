import type { Endpoint, PayloadRequest } from 'payload'

import { escapeHtml } from '../../site/lib/html'
import { relationId } from '../core/relationId'
import { clientIp, readBody as readAnyBody, sourcePageOf, htmlPage } from '../http'
import { currentSettings } from '../settings'
import { databaseLimiter } from '../coordination'
import {
  confirm,
  frequencyOf,
  savePreferences,
  signUp,
  subscriberByToken,
  unsubscribe,
} from './subscriptions'
import { FREQUENCIES } from './core/digest'
import {
  loadAddress,
  loadWards,
  placeError,
  placeFieldset,
  resolvePlace,
  suggestionList,
} from '../addresses'
import { SUBSCRIPTION_TOPICS, topicLabel, parseTopics } from '../../site/lib/subscriptionTopics'
import { SECTION_BASE, strings, SUB_PAGE, type Language } from '../../site/lib/i18n'

/** 5 sign-ups an IP per 10 minutes (a shared library computer still works). */
const perIp = databaseLimiter('subscribe-ip', { max: 5, windowMs: 10 * 60 * 1000 })
/** 3 confirmation emails an address per hour: nobody can flood someone's inbox through us. */
const perAddress = databaseLimiter('subscribe-address', { max: 3, windowMs: 60 * 60 * 1000 })

/**
 * The links in emails (confirm, unsubscribe, manage) carry 256-bit tokens, so guessing is hopeless;
 * the limits still stop a script hammering them: 60 requests an IP and 10 a token per 10 minutes.
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
      const language = languageOf(req)
      return htmlPage({
        title: words(language).tooMany,
        body: `<p>${escapeHtml(words(language).waitTen)}</p>`,
        status: 429,
        siteUrl: currentSettings().siteUrl,
        language,
      })
    }
    return handler(req)
  }

const readBody = (req: PayloadRequest) => readAnyBody(req, ['topics', 'wards'])
/** A link from one of our emails that no longer works (used, expired, or mistyped). */
const words = (language: Language) => strings(language).subscriber

const deadLink = (
  siteUrl: string,
  language: Language = 'en',
  hint: 'useRecentLink' | 'useRecentUnsubscribe' = 'useRecentLink',
) =>
  htmlPage({
    title: words(language).invalidTitle,
    body: `<p>${escapeHtml(words(language)[hint])}</p>`,
    status: 404,
    siteUrl,
    language,
  })

/** The language a request asks for: the form's or the link's (`lang=fr`), else English. */
const languageOf = (req: PayloadRequest, values: Record<string, unknown> = {}): Language =>
  values.language === 'fr' || new URL(req.url ?? 'http://x').searchParams.get('lang') === 'fr'
    ? 'fr'
    : 'en'

const tokenOf = (req: PayloadRequest) => new URL(req.url ?? 'http://x').searchParams.get('token')

/**
 * `POST /api/subscriptions` `{ email, topics, language }`: 202 whether or not the address is known
 * (a form post is redirected to the site's "check your email" page). 400 names a bad field; 429
 * when an IP sends too many. An address asked for too often is silently not emailed again, still
 * 202.
 */
const subscribeEndpoint: Endpoint = {
  path: '/subscriptions',
  method: 'post',
  handler: async (req) => {
    const settings = currentSettings()
    const { values, form } = await readBody(req)
    const language = languageOf(req, values)
    const w = words(language)
    // A form post goes on to the "check your email" page of the form's language.
    const checkPage = `${settings.siteUrl}${SUB_PAGE[language].checkEmail}`
    if (!(await perIp.take(req.payload, clientIp(req)))) {
      return form
        ? htmlPage({
            title: w.tooMany,
            body: `<p>${escapeHtml(w.waitTen)}</p>`,
            status: 429,
            siteUrl: settings.siteUrl,
            language,
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
        ? Response.redirect(checkPage, 303)
        : Response.json({ message: 'Check your inbox to confirm.' }, { status: 202 })
    const result = await signUp(req.payload, settings, {
      email: values.email,
      topics: values.topics,
      language: values.language,
      frequency: values.frequency,
      area: values.area,
      address: values.address,
      wards: values.wards,
      sourcePage: sourcePageOf(req, values, settings.siteUrl),
      ip: clientIp(req),
    })
    if (!result.ok) {
      return form
        ? htmlPage({
            title: w.checkAnswer,
            body: `<p>${escapeHtml(result.message)}</p>${suggestionList(result.suggestions, language)}<p><a href="${escapeHtml(settings.siteUrl)}${SECTION_BASE[language].subscribe}">${escapeHtml(w.backToForm)}</a></p>`,
            status: 400,
            siteUrl: settings.siteUrl,
            language,
          })
        : Response.json({ errors: [placeError(result)] }, { status: 400 })
    }
    return form
      ? Response.redirect(checkPage, 303)
      : Response.json({ message: 'Check your inbox to confirm.' }, { status: 202 })
  },
}

const confirmEndpoint: Endpoint = {
  path: '/subscriptions/confirm',
  method: 'get',
  handler: async (req) => {
    const settings = currentSettings()
    const outcome = await confirm(req.payload, settings, tokenOf(req))
    const language = languageOf(req)
    const w = words(language)
    const again = `<a href="${escapeHtml(settings.siteUrl)}${SECTION_BASE[language].subscribe}">${escapeHtml(w.signUpAgain)}</a>`
    const pages = {
      confirmed: {
        title: w.confirmedTitle,
        body: `<p>${escapeHtml(w.confirmedText)}</p>`,
        status: 200,
      },
      expired: {
        title: w.expiredTitle,
        body: `<p>${escapeHtml(w.expiredText)} ${again}.</p>`,
        status: 410,
      },
      invalid: {
        title: w.invalidTitle,
        body: `<p>${escapeHtml(w.invalidText)} ${again} ${escapeHtml(w.ifYouNeed)}.</p>`,
        status: 404,
      },
    }[outcome]
    return htmlPage({ ...pages, siteUrl: settings.siteUrl, language })
  },
}

const unsubscribePage = (siteUrl: string, token: string, language: Language) =>
  htmlPage({
    title: words(language).unsubscribeTitle,
    language,
    siteUrl,
    body: `<form method="post" class="inquiry-form"><input type="hidden" name="token" value="${escapeHtml(token)}"><p>${escapeHtml(words(language).noMoreEmail)}</p><button class="button" type="submit">${escapeHtml(words(language).unsubscribeMe)}</button></form>`,
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
      if (!subscriber) return deadLink(settings.siteUrl, languageOf(req), 'useRecentUnsubscribe')
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
      if (!done) return deadLink(settings.siteUrl, languageOf(req), 'useRecentUnsubscribe')
      const language: Language = subscriber?.language === 'fr' ? 'fr' : 'en'
      const w = words(language)
      return htmlPage({
        title: w.unsubscribedTitle,
        language,
        siteUrl: settings.siteUrl,
        body: `<p>${escapeHtml(w.noMoreEmail)}</p><p><a href="${escapeHtml(settings.siteUrl)}${SECTION_BASE[language].subscribe}">${escapeHtml(w.subscribeAgain)}</a></p>`,
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
  place = '',
  status = 200,
) =>
  htmlPage({
    status,
    title: words(language).manageTitle,
    siteUrl,
    language,
    body:
      `${note}<form method="post" class="inquiry-form"><input type="hidden" name="token" value="${escapeHtml(token)}"><fieldset><legend>${escapeHtml(words(language).topics)}</legend>` +
      SUBSCRIPTION_TOPICS.map(
        (topic) =>
          `<label class="checkbox"><input type="checkbox" name="topics" value="${topic}"${topics.includes(topic) ? ' checked' : ''}> ${escapeHtml(topicLabel(topic, language))}</label>`,
      ).join('') +
      `</fieldset>${place}<label for="language">${escapeHtml(words(language).language)}</label><select id="language" name="language"><option value="en" lang="en-CA"${language === 'en' ? ' selected' : ''}>English</option><option value="fr" lang="fr-CA"${language === 'fr' ? ' selected' : ''}>Français</option></select>` +
      `<p>${escapeHtml(words(language).untickAll)}</p><button class="button" type="submit">${escapeHtml(words(language).save)}</button></form>`,
  })

/** How often, as the subscription page asks it: emergencies always at once. */
const frequencyFieldset = (language: Language, current: string) => {
  const w = strings(language).digest
  return (
    `<fieldset><legend>${escapeHtml(w.legend)}</legend>` +
    FREQUENCIES.map(
      (value) =>
        `<label class="checkbox"><input type="radio" name="frequency" value="${value}"${current === value ? ' checked' : ''}> ${escapeHtml(w[value])}</label>`,
    ).join('') +
    `<p class="hint">${escapeHtml(w.emergencyNote)}</p></fieldset>`
  )
}

const manageEndpoints: Endpoint[] = [
  {
    path: '/subscriptions/manage',
    method: 'get',
    handler: async (req) => {
      const settings = currentSettings()
      const subscriber = await subscriberByToken(req.payload, tokenOf(req))
      if (!subscriber) return deadLink(settings.siteUrl, languageOf(req))
      const language = subscriber.language ?? 'en'
      const address = await loadAddress(req.payload, relationId(subscriber.address))
      return manageForm(
        settings.siteUrl,
        tokenOf(req)!,
        subscriber.topics ?? [],
        language,
        '',
        frequencyFieldset(language, subscriber.frequency ?? 'immediate') +
          placeFieldset(language, await loadWards(req.payload), {
            area: subscriber.area ?? 'everywhere',
            wards: subscriber.wards ?? [],
            addressLabel: address?.label ?? '',
          }),
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
      const place = await resolvePlace(req.payload, values)
      const frequency = frequencyOf(values.frequency)
      const fieldset =
        frequencyFieldset(language, frequency.ok ? frequency.value : String(values.frequency)) +
        placeFieldset(language, await loadWards(req.payload), {
          area: String(values.area ?? 'everywhere'),
          wards: ([] as unknown[]).concat(values.wards ?? []).map(Number),
          addressLabel: typeof values.address === 'string' ? values.address : '',
        })
      if (!place.ok || !frequency.ok) {
        if (!(await subscriberByToken(req.payload, token)))
          return deadLink(settings.siteUrl, language)
        const problem = place.ok
          ? `<div role="alert"><p>${escapeHtml(frequency.ok ? '' : frequency.message)}</p></div>`
          : `<div role="alert"><p>${escapeHtml(place.message)}</p>${suggestionList(place.suggestions, language)}</div>`
        return manageForm(settings.siteUrl, token!, topics ?? [], language, problem, fieldset, 400)
      }
      const outcome = await savePreferences(
        req.payload,
        token,
        topics,
        language,
        place.value,
        frequency.value,
      )
      if (outcome === 'invalid') return deadLink(settings.siteUrl, language)
      if (outcome === 'unsubscribed')
        return htmlPage({
          title: words(language).unsubscribedTitle,
          body: `<p>${escapeHtml(words(language).noTopicsUnsubscribed)}</p>`,
          siteUrl: settings.siteUrl,
          language,
        })
      return manageForm(
        settings.siteUrl,
        token!,
        topics ?? [],
        language,
        `<p role="status"><strong>${escapeHtml(words(language).saved)}</strong></p>`,
        fieldset,
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
