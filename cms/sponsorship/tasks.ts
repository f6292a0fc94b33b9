import type { TaskConfig } from 'payload'

import { requestSiteBuild, SCHEDULED_QUEUE } from '../coordination'
import { INQUIRY_MAIL_TASK, sendInquiryMail } from './inquiryMail'

/** Retries an acknowledgement or coordinator notice that failed when the inquiry arrived. */
export const inquiryMailTask: TaskConfig = {
  slug: INQUIRY_MAIL_TASK,
  inputSchema: [{ name: 'id', type: 'number', required: true }],
  retries: { attempts: 8, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    const sent = await sendInquiryMail(req.payload, (input as { id: number }).id)
    return { output: sent }
  },
}

/**
 * Once a day, just after midnight in Toronto (05:05 UTC is 00:05 EST, 01:05 EDT), the site is
 * rebuilt so "closing soon", "closed" and the filtered sponsorship pages follow the calendar even
 * when nothing is published that day.
 */
export const dailySiteRebuildTask: TaskConfig = {
  slug: 'dailySiteRebuild',
  label: 'Rebuild the public site for the new day',
  retries: 0,
  schedule: [{ cron: '0 5 5 * * *', queue: SCHEDULED_QUEUE }],
  handler: async ({ req }) => {
    await requestSiteBuild(req.payload, 'a new day: sponsorship deadlines')
    return { output: {} }
  },
}
