/**
 * The customer-service desk: open a case, mark one answered. The domain's public surface: other
 * domains import from here or from its core/.
 */

export { openCase } from './cases'
export { markAnswered } from './linked'
