/**
 * 311 service requests: intake from every channel, the catalogue, photos. The domain's public
 * surface: other domains import from here or from its core/.
 */

export { addComment, eventByExternalId } from './comments'
export { reopenRequest } from './reopen'
export { loadRequest } from './status'
export { keywordsOf, loadServices, type ServiceType } from './catalogue'
export { receive311Email } from './inboundMail'
export { submitRequest } from './intake'
export { photosIn, publicPhotos } from './photos'
export { requestInputFrom } from './readInput'
export { type RequestDoc } from './requestDoc'
export { askStillFixed, stillFixedScheduledStep } from './stillFixed'
export { agencyReminderScheduledStep, remindForwarded } from './forwarding'
export { queueWatchDigests, watchDigestsScheduledStep } from './watchDigests'
export { loadDepartmentOutcomes, loadTrends } from './trends'
export type { DepartmentTrend } from './core/trends'
