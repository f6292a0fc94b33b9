import type { CatalogueOf } from '../../site/lib/i18n/catalogue'
import type { homeAdminEn } from './homeAdminEn'

/** Le premier panneau du tableau de bord, « Votre travail ». */
export const homeAdminFr: CatalogueOf<typeof homeAdminEn> = {
  title: 'Votre travail',
  nothing: 'Rien ne vous attend. Tout le reste est plus bas.',
  casesDueToday: (n: number) =>
    `${n} de vos dossiers ${n === 1 ? 'attend' : 'attendent'} une réponse aujourd’hui`,
  casesOverdue: (n: number) => `${n} de vos dossiers ${n === 1 ? 'est' : 'sont'} en retard`,
  unassigned: (n: number) =>
    `${n} ${n === 1 ? 'dossier non assigné' : 'dossiers non assignés'} dans votre service`,
  requestsMine: (n: number) =>
    `${n} ${n === 1 ? 'demande 311 ouverte vous est assignée' : 'demandes 311 ouvertes vous sont assignées'}`,
  requestsOverdue: (n: number) =>
    `${n} de vos demandes 311 ${n === 1 ? 'a dépassé' : 'ont dépassé'} la date prévue`,
  departmentOverdue: (n: number) =>
    `${n} ${n === 1 ? 'dossier en retard' : 'dossiers en retard'} dans le service que vous dirigez`,
  departmentUnresolved: (n: number) =>
    `${n} ${n === 1 ? 'dossier a dépassé' : 'dossiers ont dépassé'} la cible de règlement dans votre service`,
  drafts: (n: number) => `${n} de vos brouillons`,
  changesRequested: (n: number) =>
    `${n} vous ${n === 1 ? 'est revenu' : 'sont revenus'} avec des changements demandés`,
  toReview: (n: number) => `${n} en attente de la révision d’une deuxième personne`,
  alertsInForce: (n: number) =>
    `${n} ${n === 1 ? 'alerte d’urgence en vigueur' : 'alertes d’urgence en vigueur'}`,
  alertsDraft: (n: number) =>
    `${n} ${n === 1 ? 'bulletin d’urgence' : 'bulletins d’urgence'} en brouillon ou en révision`,
  inquiriesNew: (n: number) =>
    `${n} ${n === 1 ? 'nouvelle demande de commandite' : 'nouvelles demandes de commandite'}`,
  sponsorCases: (n: number) =>
    `${n} ${n === 1 ? 'dossier de commandite attend' : 'dossiers de commandite attendent'} une réponse`,
  roles: {
    agent: 'Service à la clientèle',
    manager: 'Votre service',
    writer: 'Rédaction',
    approver: 'Approbation',
    emergency: 'Urgences',
    sponsorship: 'Commandites',
  } as Record<string, string>,
}
