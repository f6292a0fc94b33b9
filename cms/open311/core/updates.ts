import { publicDescription } from '../../core/text/publicText'
import { open311Status, type RequestState } from '../../servicerequests/core/model'
import { w3cTime } from './documents'

/**
 * One update as mySociety's "GET Service Request Updates" extension writes it (the shape
 * FixMyStreet's client reads and Toronto serves): the update's own id, the request's, the status
 * it left the request in, when, and its public words. Nothing about who wrote it.
 */

export type UpdateEntry = {
  id: number | string
  reference: string
  state: RequestState
  at: string | Date
  notes?: string | null
  mediaUrl?: string | null
}

export const updateView = (u: UpdateEntry) => ({
  update_id: String(u.id),
  service_request_id: u.reference,
  status: open311Status(u.state),
  updated_datetime: w3cTime(u.at),
  description: publicDescription(u.notes),
  media_url: u.mediaUrl ?? '',
})
