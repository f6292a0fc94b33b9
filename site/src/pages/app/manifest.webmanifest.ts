import type { APIRoute } from 'astro'

import { manifestResponse } from '../../views/appManifest'

export const GET: APIRoute = () => manifestResponse('en')
