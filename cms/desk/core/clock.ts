import { type CityCalendar, responseDue } from '../../core/businessDays'
import type { Channel } from './model'

/**
 * The City's customer-service standard, in business days: "We will respond to your written
 * correspondence within 3 business days. We will respond to your telephone correspondence within 2
 * business days." A visit to a counter is spoken, as a call is, and gets the telephone standard.
 */
export const STANDARD_DAYS: Record<Channel, number> = {
  web: 3,
  email: 3,
  letter: 3,
  phone: 2,
  counter: 2,
}

/**
 * When the City owes a reply to a message received at `receivedAt` on `channel`: the end of the
 * standard's last business day, Toronto time, on the City calendar (weekends, Ontario statutory
 * holidays, the closures staff enter).
 */
export const replyDue = (channel: Channel, receivedAt: Date, calendar: CityCalendar) =>
  responseDue(receivedAt, calendar, STANDARD_DAYS[channel]).dueAt

/** Whether a first reply at `repliedAt` kept the promise due at `dueAt`. */
export const metStandard = (dueAt: Date, repliedAt: Date) => repliedAt.getTime() <= dueAt.getTime()
