import { SUBSCRIBERS } from '../../cms/core/slugs'
import type { Harness } from '../../tests/helpers/harness'
import { addChannelSubscribers } from '../../tests/helpers/seedData'
import type { Browser } from '../channelClient'

/**
 * `people` email subscribers to news and emergencies (those of the year, topped up), and as many
 * browsers and phones subscribed to emergencies, French for one in three.
 */
export const subscribeAudience = async (
  harness: Harness,
  people: number,
  browsers: Browser[],
  log: (line: string) => void,
) => {
  const { payload } = harness
  const { totalDocs } = await payload.count({ collection: SUBSCRIBERS, overrideAccess: true })
  for (let i = totalDocs; i < people; i += 1)
    await payload.db.create({
      collection: SUBSCRIBERS,
      data: {
        email: `storm-subscriber${i}@example.ca`,
        status: 'confirmed',
        topics: ['emergency', 'news'],
        language: i % 3 ? 'en' : 'fr',
        tokenVersion: 1,
        bounceCount: 0,
      },
    })
  for (let i = 0; i < people; i += 1) {
    await addChannelSubscribers(
      payload,
      browsers[i]!,
      `+1613${String(2_000_000 + i).padStart(7, '0')}`,
      ['emergency'],
      i % 3 ? 'en' : 'fr',
    )
    if ((i + 1) % 5000 === 0) log(`  ${i + 1} browsers and phones subscribed`)
  }
}
