import type { Endpoint } from 'payload'

import { isDeskStaff } from '../access'
import { isStaff } from '../access/core/roles'
import { relationTo } from '../core/relationId'
import { CORRESPONDENCE_MESSAGES } from '../core/slugs'
import { jsonError, refuseUnless, readBodyOrAdminForm, readJsonBody } from '../http'
import { loadCase } from './cases'
import { otherLanguageHelp } from './otherLanguage'
import { contactFormEndpoint } from './contactForm'
import { standardsCsv } from './core/standards'
import { intakeCase } from './intake'
import { personalRecords } from './privacy'
import { toE164 } from '../core/text/phone'
import { RangeInputError, readRange } from '../core/dateRange'
import { loadStandards } from './standards'
import { loadDepartmentOutcomes } from '../servicerequests'
import { assignCase, checkReply, closeCase, reopenCase } from './steps'
import { idOf, staffCase, staffOnly, stepEndpoints } from './stepEndpoints'
import { linkEndpoints } from './linkEndpoints'
import { presenceEndpoint } from './presence'
import { macroEndpoints } from './macroEndpoints'
import { replyWithMacro } from './macroReply'
import { surveyEndpoints } from './surveyPage'

/**
 * The desk's API. `POST /api/correspondence` opens a case: the public (the contact form, apps) gets
 * 201 with `reference` and `responseDueAt` only; staff logging a call get the case. The rest is
 * staff only: reply, assign, close, reopen, the thread, a reply's plain-language check, the
 * standards report and a person's records for an access request.
 */
export const caseEndpoints: Endpoint[] = [
  {
    path: '/',
    method: 'post',
    handler: async (req) => {
      const { values } = await readBodyOrAdminForm(req)
      const outcome = await intakeCase(req, values)
      if (outcome.kind === 'invalid')
        return Response.json(
          { errors: outcome.errors.map((e) => ({ message: e.message, field: e.field })) },
          { status: 400 },
        )
      if (outcome.kind === 'too-many')
        return jsonError(
          429,
          'Too many messages from this connection or address. Wait an hour, or call 311.',
        )
      // A bot that filled the hidden field learns nothing: the same shape, nothing stored.
      if (outcome.kind === 'honeypot')
        return Response.json({ reference: null, responseDueAt: null }, { status: 201 })
      const { doc } = outcome
      if (isStaff(req.user))
        return Response.json(
          {
            doc,
            message: 'Correspondence opened.',
            reference: doc.reference,
            responseDueAt: doc.responseDueAt,
          },
          { status: 201 },
        )
      return Response.json(
        { reference: doc.reference, responseDueAt: doc.responseDueAt },
        { status: 201 },
      )
    },
  },
  contactFormEndpoint,
  ...surveyEndpoints,
  ...macroEndpoints,
  ...linkEndpoints,
  presenceEndpoint,
  {
    path: '/standards',
    method: 'get',
    handler: async (req) => {
      const refused = staffOnly(req)
      if (refused) return refused
      try {
        const range = readRange(req.searchParams.get('from'), req.searchParams.get('to'))
        const report = await loadStandards(req.payload, range)
        if (req.searchParams.get('format') === 'csv')
          return new Response(standardsCsv(report), {
            headers: {
              'content-type': 'text/csv; charset=utf-8',
              'content-disposition': `attachment; filename="correspondence-standards-${range.from}-to-${range.to}.csv"`,
              'cache-control': 'no-store',
            },
          })
        // Beside the desk's cases, 311's requests of the same period by department: closed on
        // time, reopened as "still not fixed", and the reporters' survey.
        const byDepartment = await loadDepartmentOutcomes(req.payload, range)
        return Response.json(
          { ...report, requests311: byDepartment },
          { headers: { 'cache-control': 'no-store' } },
        )
      } catch (error) {
        if (error instanceof RangeInputError) return jsonError(400, error.message, error.field)
        throw error
      }
    },
  },
  {
    path: '/export',
    method: 'get',
    handler: async (req) => {
      const refused = refuseUnless(req, (user) => isDeskStaff(user), {
        signIn: 'Sign in to gather records for an access request.',
        forbidden: 'Only the desk and administrators gather a person’s records.',
      })
      if (refused) return refused
      const email = req.searchParams.get('email')
      if (!email) return jsonError(400, 'Give the person’s `email`.', 'email')
      const rawPhone = req.searchParams.get('phone')
      const phone = rawPhone ? toE164(rawPhone) : null
      if (rawPhone && !phone)
        return jsonError(400, 'Give the `phone` like 613-555-0123, or leave it out.', 'phone')
      const records = await personalRecords(req.payload, email, req.user!, phone)
      return records
        ? Response.json(records, {
            headers: {
              'cache-control': 'no-store',
              'content-disposition': `attachment; filename="records-${records.email.replace(/[^\w.@-]/g, '_')}.json"`,
            },
          })
        : jsonError(400, 'Enter an email address like name@example.com.', 'email')
    },
  },
  {
    path: '/:id/thread',
    method: 'get',
    handler: async (req) => {
      const found = await staffCase(req)
      if (found.refused) return found.refused
      const doc = found.doc
      const { docs } = await req.payload.find({
        collection: CORRESPONDENCE_MESSAGES,
        where: { case: { equals: relationTo(doc.id) } },
        sort: 'at',
        pagination: false,
        depth: 1,
        overrideAccess: true,
      })
      return Response.json({
        case: doc,
        messages: docs,
        otherLanguage: await otherLanguageHelp(req.payload, doc, req.i18n?.language),
      })
    },
  },
  {
    path: '/:id/check',
    method: 'post',
    handler: async (req) => {
      const refused = staffOnly(req)
      if (refused) return refused
      const doc = await loadCase(req.payload, idOf(req))
      if (!doc) return jsonError(404, `No correspondence with id ${idOf(req)}.`)
      const body = await readJsonBody(req)
      const text = typeof body.message === 'string' ? body.message : ''
      return Response.json(await checkReply(req.payload, text, doc.language, req.i18n?.language))
    },
  },
  ...stepEndpoints({
    reply: (req, body) =>
      replyWithMacro(req.payload, {
        id: idOf(req),
        user: req.user,
        message: body.message,
        awaitCustomer: body.awaitCustomer,
        via: body.via,
        adminLanguage: req.i18n?.language,
        macro: body.macro,
        draftStartedAt: body.draftStartedAt,
        confirm: body.confirm,
      }),
    assign: (req, body) =>
      assignCase(req.payload, { id: idOf(req), user: req.user, assignee: body.assignee ?? null }),
    close: (req, body) =>
      closeCase(req.payload, { id: idOf(req), user: req.user, notify: body.notify }),
    reopen: (req) => reopenCase(req.payload, { id: idOf(req), user: req.user }),
  }),
]
