/** Emergency messages are claimed before anything else in the outbox. */
export const EMERGENCY_PRIORITY = 0
export const NORMAL_PRIORITY = 1
