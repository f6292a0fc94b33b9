/**
 * Event codes of the CAP-CP Event References (Public Safety Canada, `profile:CAP-CP:Event:0.4`),
 * with the names officers choose them by. CAP-CP requires one on every info block; a value outside
 * the list is rejected by CAP-CP validators, so the form offers only these and nothing is ever
 * typed in. The codes are spelled as the list spells them (it truncates long terms to 12
 * characters: `drinkingWate`, `pyroclasticS`). Only the events a City could issue or relay are
 * listed; add others from the official list, never invent one. See docs/cap-cp.md.
 */
export const CAP_CP_EVENTS = [
  {
    code: 'drinkingWate',
    en: 'Drinking water contamination',
    fr: "Contamination de l'eau potable",
  },
  { code: 'heat', en: 'Heat', fr: 'Chaleur' },
  { code: 'airQuality', en: 'Air quality', fr: "Qualité de l'air" },
  { code: 'civilEmerg', en: 'Civil emergency', fr: 'Urgence civile' },
  { code: 'chemical', en: 'Chemical', fr: 'Produit chimique' },
  { code: 'biological', en: 'Biological', fr: 'Biologique' },
  { code: 'radiological', en: 'Radiological', fr: 'Radiologique' },
  { code: 'explosives', en: 'Explosives', fr: 'Explosifs' },
  { code: 'fallObject', en: 'Falling object', fr: "Chute d'objet" },
  { code: 'industryFire', en: 'Industrial fire', fr: 'Incendie industriel' },
  { code: 'urbanFire', en: 'Urban fire', fr: 'Incendie urbain' },
  { code: 'forestFire', en: 'Forest fire', fr: 'Feu de forêt' },
  { code: 'wildFire', en: 'Wildfire', fr: 'Feu de végétation' },
  { code: 'flashFlood', en: 'Flash flood', fr: 'Crue éclair' },
  { code: 'damOverflow', en: 'Dam overflow', fr: 'Débordement de barrage' },
  { code: 'stormSurge', en: 'Storm surge', fr: 'Onde de tempête' },
  { code: 'landslide', en: 'Landslide', fr: 'Glissement de terrain' },
  { code: 'earthquake', en: 'Earthquake', fr: 'Tremblement de terre' },
  { code: 'thunderstorm', en: 'Thunderstorm', fr: 'Orage' },
  { code: 'tornado', en: 'Tornado', fr: 'Tornade' },
  { code: 'hurricane', en: 'Hurricane', fr: 'Ouragan' },
  { code: 'animalDang', en: 'Dangerous animal', fr: 'Animal dangereux' },
  { code: 'terrorism', en: 'Terrorism', fr: 'Terrorisme' },
  { code: 'amber', en: 'Amber alert (child abduction)', fr: 'Alerte Amber (enlèvement)' },
  { code: '911Service', en: '911 service interruption', fr: 'Interruption du service 911' },
  { code: 'testMessage', en: 'Test message', fr: 'Message test' },
  { code: 'other', en: 'Other (no listed event fits)', fr: 'Autre (aucun événement de la liste)' },
] as const

export type CapCpEventCode = (typeof CAP_CP_EVENTS)[number]['code']

export const isCapCpEvent = (value: unknown): value is CapCpEventCode =>
  CAP_CP_EVENTS.some((event) => event.code === value)

/** CAP-CP's geocode name for Statistics Canada's Standard Geographical Classification. */
export const CAP_CP_LOCATION = 'profile:CAP-CP:Location:0.3'

/** An SGC code: province (2 digits), census division (4) or census subdivision (7). */
export const isSgcCode = (value: unknown) =>
  typeof value === 'string' && /^\d{2}(\d{2}(\d{3})?)?$/.test(value.trim())
