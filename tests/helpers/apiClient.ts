import { API_CLIENTS } from '../../cms/core/slugs'
import type { Harness } from './harness'

/** An Open311 app's key, made by an admin as the City would (1,000 posts an hour). */
export const createApiKey = async (harness: Harness, name: string): Promise<string> => {
  const created = await harness.rest('POST', `/${API_CLIENTS}`, {
    as: 'admin@city.example',
    body: { name, contact: 'dev@app.example', rateLimitPerHour: 1000 },
  })
  if (created.status !== 201) throw new Error(`No API key: ${JSON.stringify(created.body)}`)
  return created.body.doc.apiKey as string
}
