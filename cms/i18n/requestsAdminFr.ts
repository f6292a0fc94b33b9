import type { CatalogueOf } from '../../site/lib/i18n/catalogue'
import type { requestsAdminEn } from './requestsAdminEn'

/** The admin's requests words in French: the same keys as requestsAdminEn.ts. */
export const requestsAdminFr: CatalogueOf<typeof requestsAdminEn> = {
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
    forwarded: 'Transmise (organisme externe)',
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
  agency:
    'Organisme externe (reçoit le signalement par courriel; sa réponse s’ajoute à l’historique)',
  noAgencies:
    'Aucun service n’est encore marqué comme organisme externe (Services → Organisme externe).',
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
