/**
 * The City's address register and wards. The domain's public surface: other domains import from
 * here or from its core/.
 */

export { type AddressHit, checkAddress, loadAddress, loadWards, placePoint } from './register'
export {
  addressesWithin,
  type PlaceAnswer,
  erasedPlace,
  placeData,
  placeError,
  placeFieldset,
  type PlaceSuggestion,
  requestedPlace,
  resolvePlace,
  suggestionList,
  type SubscriberPlace,
} from './subscriberPlace'
