import { RETIRED_ITEMS } from '../core/slugs'
import type { GoneList } from '../../site/lib/gone'
import type { GetJson } from './snapshot'

/**
 * The hashed addresses (English and French) of deleted items the public had seen, as an anonymous
 * visitor reads them.
 */
export const fetchGonePaths = async (get: GetJson): Promise<GoneList> => {
  const answer = (await get(
    `/${RETIRED_ITEMS}?pagination=false&depth=0&select[pathHash]=true&select[pathHashFr]=true`,
  )) as { docs?: { pathHash?: string | null; pathHashFr?: string | null }[] }
  if (!Array.isArray(answer?.docs))
    throw new Error('The CMS answered the deleted-items list without a docs list.')
  // English and French addresses alike (records from before French pages have only the English
  // one).
  return {
    hashes: answer.docs
      .flatMap((doc) => [doc.pathHash, doc.pathHashFr])
      .filter((hash): hash is string => Boolean(hash))
      .sort(),
  }
}
