import { type PayloadRequest, ValidationError } from 'payload'

import { API_CLIENTS } from '../core/slugs'
import { answer, fail, type Format } from './answers'
import { readClientPost } from './post'

/**
 * `POST callbacks.json` with `api_key` and `callback_url`: the app registers (or, with an empty
 * URL, removes) where its updates are sent. The answer carries the signing secret, once; posting
 * the URL again gives a new secret (how an app rotates it).
 */
export const registerCallback = async (req: PayloadRequest, format: Format) => {
  const post = await readClientPost(req, format)
  if (post instanceof Response) return post
  const url = typeof post.values.callback_url === 'string' ? post.values.callback_url.trim() : ''
  try {
    const saved = await req.payload.update({
      collection: API_CLIENTS,
      id: post.client.id,
      data: { callbackUrl: url || null },
      // The same URL again is a request for a new secret.
      context: { renewCallbackSecret: true },
      overrideAccess: true,
      req,
    })
    return answer(format, 'callbacks', [
      {
        callback_url: saved.callbackUrl ?? '',
        callback_secret: url ? (saved.callbackSecret ?? '') : '',
      },
    ])
  } catch (error) {
    if (error instanceof ValidationError)
      return fail(format, 400, `callback_url: ${error.data.errors[0]?.message ?? 'refused'}`)
    throw error
  }
}
