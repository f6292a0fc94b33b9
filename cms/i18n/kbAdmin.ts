import type { CatalogueOf } from '../../site/lib/i18n/catalogue'

/** The knowledge base's admin words (agents' search, content health), English and French. */
export const kbAdminEn = {
  searchTitle: 'Find an answer',
  searchLabel: 'What is the caller asking?',
  language: 'Language',
  english: 'English',
  french: 'French',
  search: 'Search',
  searching: 'Searching…',
  none: 'No answer found. The search is logged for the knowledge base’s owners.',
  found: (n: number) => (n === 1 ? '1 answer' : `${n} answers`),
  phoneScript: 'Say',
  internalNotes: 'Notes',
  stale: 'Past its review date: check before using',
  internal: 'Internal',
  publicPage: 'Public page',
  failed: (status: number) => `The search failed (${status}). Try again.`,
  healthTitle: 'Knowledge base health',
  healthIntro:
    'Answers by readers’ feedback and views (last 30 days), and what people searched for in vain.',
  answer: 'Answer',
  helpful: 'Helpful',
  notHelpful: 'Not helpful',
  views: 'Views',
  reviewBy: 'Review by',
  owner: 'Owner',
  pastReview: 'Past review',
  yourPastReview: (n: number) => `${n} answer(s) of your department past their review date`,
  misses: 'Searches without an answer (last 30 days)',
  query: 'Words searched',
  times: 'Times',
  noMisses: 'None.',
}

export type KbAdminCatalogue = CatalogueOf<typeof kbAdminEn>

export const kbAdminFr: KbAdminCatalogue = {
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

export const kbAdminStrings = (language: string | undefined) =>
  language === 'fr' ? kbAdminFr : kbAdminEn
