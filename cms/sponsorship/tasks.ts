import type { TaskConfig } from 'payload'

import { INQUIRY_MAIL_TASK, sendInquiryMail } from './inquiryMail'

/** Retries an acknowledgement or coordinator notice that failed when the inquiry arrived. */
export const inquiryMailTask: TaskConfig = {
  slug: INQUIRY_MAIL_TASK as never,
  inputSchema: [{ name: 'id', type: 'number', required: true }],
  retries: { attempts: 8, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    const sent = await sendInquiryMail(req.payload, (input as { id: number }).id)
    return { output: sent }
  },
}
