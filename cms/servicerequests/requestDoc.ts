import type { ServiceRequest } from '../payload-types'

/** A service request as the services read it (depth 0): the generated type. */
export type RequestDoc = ServiceRequest
