import type { RequestState } from './core/model'
import { type Language } from '../../site/lib/i18n'

/** A service request as the services read it (depth 0). */
export type RequestDoc = {
  id: number | string
  reference: string
  service: unknown
  serviceCode: string
  state: RequestState
  status: 'open' | 'closed'
  closingReason?: string | null
  statusNotes?: string | null
  description?: string | null
  addressLabel?: string | null
  address?: unknown
  lat?: number | null
  long?: number | null
  ward?: unknown
  email?: string | null
  language: Language
  department?: unknown
  assignee?: unknown
  requestedAt: string
  expectedAt?: string | null
  updatedAt: string
  token?: string | null
  mergedInto?: unknown
  possibleDuplicateOf?: unknown
}
