/**
 * The City's calendar (holidays, closures) as the business-day clocks read it. The domain's public
 * surface: other domains import from here or from its core/.
 */

export { loadCalendar } from './loadCalendar'
