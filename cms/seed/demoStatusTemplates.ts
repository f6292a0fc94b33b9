import type { StatusTemplate } from '../payload-types'

/**
 * The demo's status templates: what 311 staff say most, once in each language (service codes,
 * not ids: the seed finds them).
 */
export const DEMO_STATUS_TEMPLATES: (Pick<
  StatusTemplate,
  'name' | 'state' | 'closingReason' | 'text' | 'textFr'
> & { serviceCode?: string })[] = [
  {
    name: 'Fixed: thank you',
    state: 'closed',
    closingReason: 'resolved',
    text: '{service} at {address} is fixed. Thank you for reporting it ({reference}).',
    textFr: '{service} à {address} : c’est réglé. Merci de l’avoir signalé ({reference}).',
  },
  {
    name: 'Pothole filled',
    serviceCode: 'POTHOLE',
    state: 'closed',
    closingReason: 'resolved',
    text: 'Our crew filled the pothole at {address}. If it opens again, tell us with the link below ({reference}).',
    textFr:
      'Notre équipe a rempli le nid-de-poule à {address}. S’il se rouvre, dites-le-nous avec le lien ci-dessous ({reference}).',
  },
  {
    name: 'Crew scheduled',
    state: 'in-progress',
    text: 'A crew is scheduled for {address}. We expect it done by {expectedAt}.',
    textFr:
      'Une équipe est prévue à {address}. Nous prévoyons que ce soit fait d’ici le {expectedAt}.',
  },
  {
    name: 'Sent to the agency responsible',
    state: 'forwarded',
    text: 'This is looked after by {agency}: we sent them {reference} with your words and photos. We will tell you when they answer.',
    textFr:
      'Cela relève de {agency} : nous lui avons transmis {reference} avec vos mots et vos photos. Nous vous dirons quand il répondra.',
  },
]
