import type { Endpoint } from 'payload'

import { isStaff } from '../access/core/roles'
import { refuseUnless } from '../http/responses'
import { searchForAgent } from './agentIndex'

/**
 * `GET /api/kb-articles/search?q=&lang=en|fr`: the agents' search, ranked, each answer with its phone
 * script and notes and whether it is past its review date. Staff only.
 */
export const kbEndpoints: Endpoint[] = [
  {
    path: '/search',
    method: 'get',
    handler: async (req) => {
      const refused = refuseUnless(req, isStaff, {
        signIn: 'Sign in to search the knowledge base.',
        forbidden: 'Only staff search the knowledge base.',
      })
      if (refused) return refused
      const query = (req.searchParams.get('q') ?? '').slice(0, 200)
      const language = req.searchParams.get('lang') === 'fr' ? 'fr' : 'en'
      const answers = await searchForAgent(req.payload, query, language)
      return Response.json({ query, language, answers })
    },
  },
]
