import type { CatalogueOf } from '../../site/lib/i18n/catalogue'
import type { kbAdminEn } from './kbAdminEn'

/** The admin's kb words in French: the same keys as kbAdminEn.ts. */
export const kbAdminFr: CatalogueOf<typeof kbAdminEn> = {
  searchTitle: 'Trouver une réponse',
  searchLabel: 'Que demande la personne?',
  language: 'Langue',
  english: 'Anglais',
  french: 'Français',
  search: 'Rechercher',
  searching: 'Recherche en cours…',
  none: 'Aucune réponse trouvée. La recherche est notée pour les responsables de la base.',
  found: (n: number) => (n <= 1 ? `${n} réponse` : `${n} réponses`),
  phoneScript: 'À dire',
  internalNotes: 'Notes',
  stale: 'Date de révision dépassée : vérifiez avant de l’utiliser',
  internal: 'Interne',
  publicPage: 'Page publique',
  failed: (status: number) => `La recherche a échoué (${status}). Réessayez.`,
  healthTitle: 'État de la base de connaissances',
  healthIntro:
    'Les réponses selon l’avis des lecteurs et les consultations (30 derniers jours), et ce qu’on a cherché sans trouver.',
  answer: 'Réponse',
  helpful: 'Utile',
  notHelpful: 'Pas utile',
  views: 'Consultations',
  reviewBy: 'À réviser d’ici le',
  owner: 'Responsable',
  pastReview: 'Révision dépassée',
  yourPastReview: (n: number) => `${n} réponse(s) de votre service à réviser`,
  misses: 'Recherches sans réponse (30 derniers jours)',
  query: 'Mots cherchés',
  times: 'Fois',
  noMisses: 'Aucune.',
}
