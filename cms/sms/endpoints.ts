import type { Endpoint, PayloadRequest } from 'payload'

import { escapeHtml } from '../../site/lib/html'
import { SECTION_BASE, strings, type Language } from '../../site/lib/i18n'
import { databaseLimiter } from '../coordination'
import { htmlPage, clientIp, readBody, sourcePageOf } from '../http'
import { currentSettings, type Settings } from '../settings'
import { signatureValid } from './core/signature'
import { confirmSms, type ConfirmOutcome, signUpSms } from './subscriptions'
import { receiveSmsOnce, sentAtOf } from './inbound'
import { toE164 } from '../core/text/phone'
import { placeError, type PlaceSuggestion, suggestionList } from '../addresses'

/** 5 sign-ups an IP per 10 minutes; 3 codes a number an hour (texts cost, and must not harass). */
const perIp = databaseLimiter('sms-subscribe-ip', { max: 5, windowMs: 10 * 60 * 1000 })
const perNumber = databaseLimiter('sms-subscribe-number', { max: 3, windowMs: 60 * 60 * 1000 })
/** 20 code tries an IP per 10 minutes, on top of 5 a code: a million codes cannot be walked. */
const confirmPerIp = databaseLimiter('sms-confirm-ip', { max: 20, windowMs: 10 * 60 * 1000 })

const words = (language: Language) => strings(language).subscribe
const languageOf = (values: Record<string, unknown>): Language =>
  values.language === 'fr' ? 'fr' : 'en'
const backLink = (settings: Settings, language: Language, label: string) =>
  `<p><a href="${escapeHtml(settings.siteUrl)}${SECTION_BASE[language].subscribe}">${escapeHtml(label)}</a></p>`

/** The form a person types the code into (served by the CMS after the site's form posts). */
const codeForm = (
  settings: Settings,
  language: Language,
  phone: string,
  problem: string | null,
  status = 200,
) => {
  const w = words(language)
  const error = problem
    ? `<p id="code-error" role="alert"><strong>${escapeHtml(problem)}</strong></p>`
    : ''
  return htmlPage({
    title: w.codeTitle,
    language,
    status,
    siteUrl: settings.siteUrl,
    body:
      `<p>${escapeHtml(w.codeSent)}</p>${error}` +
      `<form method="post" class="inquiry-form" action="${escapeHtml(settings.cmsUrl)}/api/sms-subscriptions/confirm">` +
      `<input type="hidden" name="phone" value="${escapeHtml(phone)}"><input type="hidden" name="language" value="${language}">` +
      `<p><label for="code">${escapeHtml(w.code)}</label> <span id="code-hint">${escapeHtml(w.codeHint)}</span><br>` +
      `<input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9 ]*" maxlength="7" required aria-describedby="code-hint${problem ? ' code-error' : ''}"${problem ? ' aria-invalid="true"' : ''}></p>` +
      `<p><button class="button" type="submit">${escapeHtml(w.codeSubmit)}</button></p></form>` +
      backLink(settings, language, w.codeAgain),
  })
}

const problemPage = (
  settings: Settings,
  language: Language,
  message: string,
  status: number,
  suggestions?: readonly PlaceSuggestion[],
) =>
  htmlPage({
    title: strings(language).subscriber.checkAnswer,
    language,
    status,
    siteUrl: settings.siteUrl,
    body: `<p>${escapeHtml(message)}</p>${suggestionList(suggestions, language)}${backLink(settings, language, strings(language).subscriber.backToForm)}`,
  })

const tooMany = (settings: Settings, language: Language, form: boolean) =>
  form
    ? problemPage(settings, language, strings(language).subscriber.waitTen, 429)
    : Response.json(
        { errors: [{ message: 'Too many requests; wait ten minutes.' }] },
        { status: 429, headers: { 'retry-after': '600' } },
      )

/**
 * `POST /api/sms-subscriptions` `{ phone, topics, language }`: texts a code (202; a form post gets
 * the page to type it in). 400 names the field. A number asked for too often is not texted again.
 */
const subscribeEndpoint: Endpoint = {
  path: '/sms-subscriptions',
  method: 'post',
  handler: async (req) => {
    const settings = currentSettings()
    const { values, form } = await readBody(req, ['topics', 'wards'])
    const language = languageOf(values)
    if (!(await perIp.take(req.payload, clientIp(req)))) return tooMany(settings, language, form)
    const phone = toE164(String(values.phone ?? ''))
    const sent = () =>
      form
        ? codeForm(settings, language, phone!, null)
        : Response.json({ message: 'We texted you a code.' }, { status: 202 })
    if (phone && !(await perNumber.take(req.payload, phone))) return sent()
    const result = await signUpSms(req.payload, settings, {
      phone: values.phone,
      topics: values.topics,
      language: values.language,
      area: values.area,
      address: values.address,
      wards: values.wards,
      sourcePage: sourcePageOf(req, values, settings.siteUrl),
      ip: clientIp(req),
    })
    if (!result.ok)
      return form
        ? problemPage(settings, language, result.message, 400, result.suggestions)
        : Response.json({ errors: [placeError(result)] }, { status: 400 })
    return sent()
  },
}

const CONFIRM_STATUS: Record<ConfirmOutcome, number> = {
  confirmed: 200,
  wrong: 400,
  expired: 410,
  locked: 429,
  unknown: 404,
}

/**
 * `POST /api/sms-subscriptions/confirm` `{ phone, code }`: 200 confirmed; 400, 404, 410, 429 say
 * why not.
 */
const confirmEndpoint: Endpoint = {
  path: '/sms-subscriptions/confirm',
  method: 'post',
  handler: async (req) => {
    const settings = currentSettings()
    const { values, form } = await readBody(req)
    const language = languageOf(values)
    if (!(await confirmPerIp.take(req.payload, clientIp(req))))
      return tooMany(settings, language, form)
    const outcome = await confirmSms(req.payload, settings, {
      phone: values.phone,
      code: values.code,
    })
    const w = words(language)
    const message = {
      confirmed: w.smsConfirmedText,
      wrong: w.codeWrong,
      expired: w.codeExpired,
      locked: w.codeLocked,
      unknown: w.codeUnknown,
    }[outcome]
    if (!form)
      return outcome === 'confirmed'
        ? Response.json({ message })
        : Response.json(
            { errors: [{ field: 'code', message }] },
            { status: CONFIRM_STATUS[outcome] },
          )
    if (outcome === 'confirmed')
      return htmlPage({
        title: w.smsConfirmedTitle,
        language,
        siteUrl: settings.siteUrl,
        body: `<p>${escapeHtml(message)}</p>`,
      })
    if (outcome === 'wrong')
      return codeForm(settings, language, String(toE164(String(values.phone ?? ''))), message, 400)
    return htmlPage({
      title: w.codeTitle,
      language,
      status: CONFIRM_STATUS[outcome],
      siteUrl: settings.siteUrl,
      body: `<p>${escapeHtml(message)}</p>${backLink(settings, language, w.codeAgain)}`,
    })
  },
}

const twiml = () =>
  new Response('<?xml version="1.0" encoding="UTF-8"?><Response></Response>', {
    headers: { 'content-type': 'text/xml; charset=utf-8' },
  })

const fieldsOf = (values: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(values).map(([name, value]) => [name, String(value ?? '')]))

/**
 * `POST /api/sms/inbound`: the gateway's webhook for texts to the City's number (form fields
 * `From`, `To`, `Body`, signed with the auth token when a gateway is configured; unsigned or
 * forged: 403; in production without a gateway, 503: unsigned texts are taken only outside
 * production). Answers an empty TwiML document at once; any reply goes through the outbox.
 */
const inboundEndpoint: Endpoint = {
  path: '/sms/inbound',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const settings = currentSettings()
    // The gateway's one address speaks for every resident; its signature is checked below.
    const { values } = await readBody(req, [], undefined, { countAddress: false })
    // In production a text can only come from the configured gateway: without one, nothing can.
    if (!settings.sms.gatewayUrl && settings.production)
      return Response.json(
        { errors: [{ message: 'No SMS gateway is configured (SMS_GATEWAY_URL).' }] },
        { status: 503 },
      )
    if (settings.sms.gatewayUrl) {
      const url = `${settings.cmsUrl}/api/sms/inbound`
      const signature = req.headers.get('x-twilio-signature')
      if (!signatureValid(settings.sms.authToken, url, fieldsOf(values), signature))
        return Response.json(
          { errors: [{ message: 'The webhook signature does not match this gateway.' }] },
          { status: 403 },
        )
    }
    const from = String(values.From ?? '')
    if (!from || typeof values.Body !== 'string')
      return Response.json(
        { errors: [{ field: !from ? 'From' : 'Body', message: 'From and Body are required.' }] },
        { status: 400 },
      )
    const sid = String(values.MessageSid ?? '').trim()
    if (sid.length > 64)
      return Response.json(
        { errors: [{ field: 'MessageSid', message: 'MessageSid is at most 64 characters.' }] },
        { status: 400 },
      )
    await receiveSmsOnce(req.payload, settings, {
      from,
      body: values.Body,
      sid: sid || null,
      sentAt: sentAtOf(values.Timestamp),
    })
    return twiml()
  },
}

export const smsEndpoints: Endpoint[] = [subscribeEndpoint, confirmEndpoint, inboundEndpoint]
