import { SUBSCRIBERS } from '../../cms/core/slugs'
import type { Harness } from '../../tests/helpers/harness'
import { addChannelSubscribers, addConfirmedSubscribers } from '../../tests/helpers/seedData'
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
  await addConfirmedSubscribers(
    payload,
    Math.max(0, people - totalDocs),
    'storm-subscriber',
    ['emergency', 'news'],
    { first: totalDocs, language: (i) => (i % 3 ? 'en' : 'fr') },
  )
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
