import type { CatalogueOf } from '../../site/lib/i18n/catalogue'

/**
 * 311's admin words (the status panel and the dashboard's queues and trends), English and French.
 */
export const requestsAdminEn = {
  statusTitle: 'Status',
  loading: 'Loading the request…',
  saveFirst:
    'Requests open through intake (the form, Open311, email or a call): open one from the list.',
  current: 'Now',
  expected: 'Expected by',
  states: {
    new: 'New',
    acknowledged: 'Acknowledged',
    assigned: 'Assigned',
    'in-progress': 'In progress',
    closed: 'Closed',
  } as Record<string, string>,
  reasons: {
    resolved: 'Resolved',
    duplicate: 'Duplicate of another request',
    'not-city': 'Not the City’s',
    'cannot-locate': 'Cannot be located',
  } as Record<string, string>,
  newState: 'Move to',
  reason: 'Reason for closing',
  duplicateOf: 'Reference of the request that stays open',
  notes: 'Public notes (shown on the status page, in Open311 and emailed to followers)',
  save: 'Change the status',
  saved: (message: string, notified: number) => `${message} ${notified} follower(s) emailed.`,
  failed: (status: number, message: string) => `Not changed (${status}): ${message}`,
  queuesTitle: '311 requests',
  myQueue: 'Assigned to me',
  departmentQueue: 'My department’s',
  overdue: 'Overdue',
  allOpen: 'All open',
  photosToReview: 'Photos to review before they can be public',
  openCount: (n: number) => `${n} open`,
  trendsTitle: 'Trends, last 12 weeks',
  trendsIntro: 'Requests per week; the table gives the same figures, and the services below.',
  week: 'Week of',
  requests: 'Requests',
  service: 'Service',
  closed: 'Closed',
  withinTarget: 'Closed on time',
  medianDays: 'Median days to close',
  repeat: 'Places reported again and again',
  location: 'Place',
  csv: 'Download the trends (CSV)',
  openData: 'Open data (CSV)',
  map: 'Map of open requests',
}

export type RequestsAdminCatalogue = CatalogueOf<typeof requestsAdminEn>

export const requestsAdminFr: RequestsAdminCatalogue = {
  statusTitle: 'État',
  loading: 'Chargement de la demande…',
  saveFirst:
    'Les demandes s’ouvrent par l’accueil (le formulaire, Open311, le courriel ou un appel) : ouvrez-en une dans la liste.',
  current: 'Maintenant',
  expected: 'Prévue d’ici le',
  states: {
    new: 'Nouvelle',
    acknowledged: 'Prise en compte',
    assigned: 'Assignée',
    'in-progress': 'En cours',
    closed: 'Fermée',
  },
  reasons: {
    resolved: 'Réglée',
    duplicate: 'Double d’une autre demande',
    'not-city': 'Ne relève pas de la Ville',
    'cannot-locate': 'Introuvable',
  },
  newState: 'Passer à',
  reason: 'Motif de fermeture',
  duplicateOf: 'Référence de la demande qui reste ouverte',
  notes: 'Notes publiques (affichées sur la page d’état, dans Open311 et envoyées aux abonnés)',
  save: 'Changer l’état',
  saved: (message: string, notified: number) => `${message} ${notified} abonné(s) avisé(s).`,
  failed: (status: number, message: string) => `Non modifié (${status}) : ${message}`,
  queuesTitle: 'Demandes 311',
  myQueue: 'Qui me sont assignées',
  departmentQueue: 'De mon service',
  overdue: 'En retard',
  allOpen: 'Toutes les ouvertes',
  photosToReview: 'Photos à vérifier avant toute publication',
  openCount: (n: number) => `${n} ouvertes`,
  trendsTitle: 'Tendances, 12 dernières semaines',
  trendsIntro:
    'Demandes par semaine; le tableau donne les mêmes chiffres, et les services plus bas.',
  week: 'Semaine du',
  requests: 'Demandes',
  service: 'Service',
  closed: 'Fermées',
  withinTarget: 'Fermées à temps',
  medianDays: 'Jours médians pour fermer',
  repeat: 'Endroits signalés à répétition',
  location: 'Endroit',
  csv: 'Télécharger les tendances (CSV)',
  openData: 'Données ouvertes (CSV)',
  map: 'Carte des demandes ouvertes',
}

export const requestsAdminStrings = (language: string | undefined) =>
  language === 'fr' ? requestsAdminFr : requestsAdminEn
