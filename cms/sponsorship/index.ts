/**
 * Sponsorship: the inquiry endpoints, the policy, slots and the pipeline's jobs. The domain's
 * public surface: other domains import from here or from its core/.
 */

export { inquiryEndpoints } from './inquiryEndpoints'
export { loadPolicy } from './policy'
export { slotFigures } from './slots'
export { dailySiteRebuildTask, inquiryMailTask } from './tasks'
