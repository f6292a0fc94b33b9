/**
 * Requests and answers: bodies read within limits, client addresses, JSON errors, the pages the CMS
 * serves. The domain's public surface: other domains import from here or from its core/.
 */

export { htmlPage } from './publicPage'
export { scoreSurveyForm } from './surveyForm'
export {
  clientIp,
  PUBLIC_BODIES_PER_ADDRESS,
  readBody,
  readBodyOrAdminForm,
  readBodyWithFiles,
  readJsonBody,
  sourcePageOf,
} from './request'
export {
  anyOrigin,
  jsonError,
  notStored,
  readableAnywhere,
  refuseUnless,
  STORE_RETRY_AFTER_SECONDS,
  wantsJson,
} from './responses'
export { checkedAddresses, OUTBOUND_REFUSED, outboundAgent, OutboundRefused } from './outboundAgent'
export { BodyRefused, type Refusal, type UploadedFile } from './bodyReader'
