import type { Endpoint } from 'payload'

import { myActionEndpoints } from './actions'
import { myLinkEndpoints } from './link'

/** A resident's own page: `/api/my` and its link, forms and sign-out. */
export const myPageEndpoints: Endpoint[] = [...myLinkEndpoints, ...myActionEndpoints]
