import type { CatalogueOf } from './catalogue'
import type { wardsEn } from './wardsEn'

/** Each ward's page, feed and calendar, and the ward finder, in French: the keys of wardsEn.ts. */
export const wardsFr: CatalogueOf<typeof wardsEn> = {
  wards: {
    indexTitle: 'Quartiers',
    indexDescription: 'Alertes, nouvelles et demandes 311 de chaque quartier de la Ville.',
    indexLead:
      'Chaque quartier a sa page : les alertes qui le touchent, ce que la Ville a publié pour lui et les demandes 311 qui s’y trouvent. Trouvez le vôtre par adresse, ou choisissez-le dans la liste.',
    title: (number: number, name: string) =>
      name.trim().toLowerCase() === `quartier ${number}`
        ? `Quartier ${number}`
        : `Quartier ${number} : ${name}`,
    description: (name: string) => `Alertes, nouvelles et demandes 311 pour ${name}.`,
    activeTitle: 'Alertes en vigueur ici',
    noActive: 'Aucune alerte n’est en vigueur dans ce quartier.',
    recentTitle: 'Alertes récentes',
    recentLead: (days: number) => `Alertes qui ont touché ce quartier ces ${days} derniers jours.`,
    noRecent: 'Aucune.',
    cityWide: 'toute la ville',
    until: (when: string) => `Jusqu’au ${when}`,
    endedAt: (when: string) => `Terminée le ${when}`,
    publishedTitle: 'Publié pour ce quartier',
    noPublished: 'Rien n’a encore été publié pour ce quartier.',
    requestsTitle: 'Demandes 311 dans ce quartier',
    openTitle: (count: number) =>
      count === 1 ? '1 demande ouverte' : `${count.toLocaleString('fr-CA')} demandes ouvertes`,
    fixedTitle: (count: number, days: number) =>
      `${count === 1 ? '1 demande réglée' : `${count.toLocaleString('fr-CA')} demandes réglées`} ces ${days} derniers jours`,
    newest: (shown: number) => `Les ${shown} plus récentes :`,
    noRequests: 'Aucune.',
    reference: 'Référence',
    service: 'Service',
    address: 'Adresse',
    reported: 'Signalée',
    fixed: 'Réglée',
    noAddress: 'Placée sur la carte',
    requestsAsOf: (when: string) => `Données au ${when}`,
    followTitle: 'Suivre ce quartier',
    feed: 'Fil RSS des alertes et nouvelles de ce quartier',
    calendar: 'Calendrier des alertes de ce quartier (iCalendar)',
    subscribe: 'Recevoir les alertes de ce quartier par courriel, texto ou notification',
    map: 'Carte des demandes 311 ouvertes',
    otherWards: 'Tous les quartiers',
    feedTitle: (city: string, ward: string) => `${city} : ${ward}`,
    feedDescription: (name: string) => `Alertes et nouvelles de la Ville pour ${name}.`,
    calendarName: (city: string, ward: string) => `${city} : alertes, ${ward}`,
    finderTitle: 'Trouver votre quartier',
    finderAddress: 'Votre adresse',
    finderHint: 'Une adresse municipale de la Ville, par exemple 123, rue Main',
    finderButton: 'Trouver mon quartier',
    finderNotFound: (typed: string) =>
      `Nous n’avons pas trouvé « ${typed} » dans le registre des adresses de la Ville.`,
    finderTry: 'Indiquez un numéro municipal et une rue, comme 123, rue Main.',
    finderSuggestions: 'Vouliez-vous dire l’une de celles-ci?',
    finderNoWard: (label: string) =>
      `${label} figure au registre, mais dans aucun quartier : appelez le 311 et nous vous le dirons.`,
    finderEmpty: 'Indiquez votre adresse, comme 123, rue Main.',
  },
}
