import { frenchCityName } from '../city'
import type { CatalogueOf } from './catalogue'
import type { digestEn } from './digestEn'

/** Digests in French: the same keys as digestEn.ts. */
export const digestFr: CatalogueOf<typeof digestEn> = {
  digest: {
    legend: 'À quelle fréquence (courriel)',
    immediate: 'Dès la publication',
    daily: 'Un courriel par jour, à 7 h',
    weekly: 'Un courriel par semaine, le lundi à 7 h',
    emergencyNote: 'Les alertes d’urgence arrivent toujours aussitôt.',
    subject: (frequency: 'daily' | 'weekly', count: number, city: string) =>
      `${frequency === 'daily' ? 'Aujourd’hui' : 'Cette semaine'} : ${count} ${count === 1 ? 'nouvelle publication' : 'nouvelles publications'} de la ${frenchCityName(city)}`,
    heading: (frequency: 'daily' | 'weekly') =>
      frequency === 'daily' ? 'Publié depuis hier' : 'Publié la semaine dernière',
    why: (frequency: 'daily' | 'weekly') =>
      `Vous recevez ce résumé ${frequency === 'daily' ? 'quotidien' : 'hebdomadaire'} parce que vous l’avez choisi pour vos sujets.`,
    changeFrequency: 'Changer la fréquence',
  },
}
