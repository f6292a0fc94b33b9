/**
 * Admin components every domain panel uses (client side). The domain's public surface: other
 * domains import from here or from its core/.
 */

export { ConfirmButtons } from './ConfirmButtons'
export { postStep, usePanelData } from './usePanelData'
