import type { CapCpEventCode } from './capCpEvents'
import { type Language } from '../../site/lib/i18n'

/**
 * Starting points for the bulletins a municipality issues most. They fill CAP's vocabulary, the
 * CAP-CP event code the profile requires (from its list: `other` where no listed event fits, as for
 * road closures and power outages) and a plain-language instruction (reading age about 9, short
 * sentences) in English and French; the officer then adds the area, times and details.
 */
type BulletinTemplate = {
  id: string
  label: string
  category: string[]
  responseType: string[]
  eventCode: CapCpEventCode
  urgency: string
  severity: string
  certainty: string
  event: { en: string; fr: string }
  instruction: { en: string; fr: string }
}

export const BULLETIN_TEMPLATES: readonly BulletinTemplate[] = [
  {
    id: 'boil-water',
    label: 'Boil water advisory',
    category: ['Health'],
    responseType: ['Execute'],
    eventCode: 'drinkingWate',
    urgency: 'Immediate',
    severity: 'Moderate',
    certainty: 'Observed',
    event: { en: 'Boil water advisory', fr: "Avis d'ébullition de l'eau" },
    instruction: {
      en: 'Boil tap water for at least one minute before you drink it, cook with it, brush your teeth or make baby formula. Bottled water is safe.',
      fr: "Faites bouillir l'eau du robinet au moins une minute avant de la boire, de cuisiner, de vous brosser les dents ou de préparer une préparation pour nourrissons. L'eau en bouteille est sûre.",
    },
  },
  {
    id: 'extreme-heat',
    label: 'Extreme heat',
    category: ['Met', 'Health'],
    responseType: ['Prepare', 'Monitor'],
    eventCode: 'heat',
    urgency: 'Expected',
    severity: 'Severe',
    certainty: 'Likely',
    event: { en: 'Extreme heat', fr: 'Chaleur extrême' },
    instruction: {
      en: 'Drink water often, even if you are not thirsty. Stay in a cool place. Cooling centres are open at community centres and libraries. Check on neighbours who live alone.',
      fr: "Buvez de l'eau souvent, même sans avoir soif. Restez dans un endroit frais. Des centres de rafraîchissement sont ouverts dans les centres communautaires et les bibliothèques. Prenez des nouvelles des voisins qui vivent seuls.",
    },
  },
  {
    id: 'road-closure',
    label: 'Road closure',
    category: ['Transport'],
    responseType: ['Avoid'],
    eventCode: 'other',
    urgency: 'Expected',
    severity: 'Minor',
    certainty: 'Observed',
    event: { en: 'Road closure', fr: 'Fermeture de route' },
    instruction: {
      en: 'Avoid the area. Follow the detour signs. Expect delays.',
      fr: 'Évitez le secteur. Suivez les panneaux de détour. Prévoyez des retards.',
    },
  },
  {
    id: 'power-outage',
    label: 'Power outage',
    category: ['Infra'],
    responseType: ['Monitor'],
    eventCode: 'other',
    urgency: 'Immediate',
    severity: 'Moderate',
    certainty: 'Observed',
    event: { en: 'Power outage', fr: 'Panne de courant' },
    instruction: {
      en: 'Keep fridge and freezer doors closed. Use flashlights, not candles. Stay 10 metres away from fallen power lines and call 911.',
      fr: 'Gardez les portes du réfrigérateur et du congélateur fermées. Utilisez des lampes de poche, pas de bougies. Restez à 10 mètres des fils électriques tombés et appelez le 911.',
    },
  },
  {
    id: 'shelter-in-place',
    label: 'Shelter in place',
    category: ['Safety'],
    responseType: ['Shelter'],
    eventCode: 'civilEmerg',
    urgency: 'Immediate',
    severity: 'Severe',
    certainty: 'Observed',
    event: { en: 'Shelter in place', fr: "Mise à l'abri sur place" },
    instruction: {
      en: 'Go inside now. Close all windows and doors. Turn off fans and air conditioning. Stay inside until the City says it is safe.',
      fr: "Entrez à l'intérieur maintenant. Fermez toutes les fenêtres et les portes. Éteignez les ventilateurs et la climatisation. Restez à l'intérieur jusqu'à ce que la Ville annonce que c'est sécuritaire.",
    },
  },
]

/** The fields a template sets, for the form in one language. */
export const templateValues = (template: BulletinTemplate, locale: Language) => ({
  category: template.category,
  responseType: template.responseType,
  eventCode: template.eventCode,
  urgency: template.urgency,
  severity: template.severity,
  certainty: template.certainty,
  event: template.event[locale],
  instruction: template.instruction[locale],
})
