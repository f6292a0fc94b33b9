import type { CatalogueOf } from './catalogue'
import type { requestMailEn } from './requestMailEn'

/** What 311 sends a reporter or a follower, in French: the same keys as requestMailEn.ts. */
export const requestMailFr: CatalogueOf<typeof requestMailEn> = {
  requestMail: {
    states: {
      new: 'reçue',
      acknowledged: 'prise en compte',
      assigned: 'confiée à une équipe',
      'in-progress': 'en cours',
      forwarded: 'transmise à l’organisme responsable',
      closed: 'fermée',
    },
    reasons: {
      resolved: 'Le problème a été réglé.',
      duplicate: 'Il avait déjà été signalé; vous suivez maintenant ce signalement.',
      'not-city': 'Cela ne relève pas de la Ville; les notes indiquent qui en est responsable.',
      'cannot-locate': 'L’équipe n’a pas trouvé le problème à cet endroit.',
    },
    ifDangerous: (instruction) => `Si c’est dangereux : ${instruction}`,
    stillNotFixed: (url) =>
      `Toujours pas réglé? Dites-le-nous d’ici 30 jours et nous rouvrirons la demande : ${url}`,
    stillNotFixedShort: (url) => `Toujours pas réglé? ${url}`,
    reopenedNote: 'Rouverte : selon le résident, le problème n’est toujours pas réglé.',
    reportedAgainNote: (reference) =>
      `Toujours pas réglé, selon le résident : signalé de nouveau sous ${reference}.`,
    reopenedSubject: (reference) => `[${reference}] Rouverte : toujours pas réglé`,
    reopenedForStaff: (reference, location, comment) =>
      `Un résident indique que la demande ${reference}${location ? ` (${location})` : ''} n’est toujours pas réglée. Elle est rouverte, avec une nouvelle date prévue.\n\nSes mots : ${comment}`,
    surveyAsk: (url) => `Comment avons-nous fait? Une question, une minute : ${url}`,
    surveyAskShort: (url) => `Comment avons-nous fait? ${url}`,
    stillFixedSubject: (reference) => `[${reference}] Est-ce toujours réglé?`,
    stillFixedAsk: (reference, service, location) =>
      `Il y a quatre semaines, nous avons fermé la demande ${reference} (« ${service} »${location ? ` au ${location}` : ''}) comme réglée.`,
    stillFixedLink: (url) => `Est-ce toujours réglé? Répondez en un clic : ${url}`,
    stillFixedShort: (reference, url) =>
      `${reference} : est-ce toujours réglé, quatre semaines plus tard? ${url}`,
    forwardedNote: (agency) =>
      `Transmise à ${agency}, qui en est responsable. La Ville lui a envoyé votre signalement.`,
    forwardedSubject: (reference, service, city) =>
      `[${reference}] ${service} : transmise par le 311 de ${city}`,
    forwardedToAgency: (city, reference, service) =>
      `Le 311 de ${city} a reçu ce signalement, qui relève selon nous de votre organisme : ${reference}, « ${service} ».`,
    forwardedWhere: (place) => `Lieu : ${place}`,
    forwardedPoint: (point) => `Point (latitude, longitude) : ${point}`,
    forwardedDescription: (text) => `Le résident a écrit : ${text}`,
    forwardedReply:
      'Veuillez répondre à ce courriel (en gardant la référence dans l’objet) pour nous dire ce que vous ferez, ou si ce n’est pas de votre ressort : votre réponse s’ajoute à notre dossier.',
    agencySilentSubject: (reference) => `[${reference}] Toujours pas de réponse de l’organisme`,
    agencySilent: (reference, agency, since, days) =>
      `La demande ${reference} a été transmise à ${agency} le ${since}; ${days} jours ouvrables plus tard, aucune réponse. Faites un suivi, ou reprenez-la.`,
    hello: 'Bonjour,',
    received: (service, location) =>
      `Nous avons bien reçu votre demande « ${service} »${location ? ` au ${location}` : ''}.`,
    reference: (reference) => `Son numéro est ${reference}.`,
    expected: (day) => `Nous prévoyons la régler d’ici le ${day}.`,
    maybeDuplicate: (other) =>
      `Elle ressemble peut-être à la demande ${other}; notre équipe vérifiera.`,
    eachStep: 'Nous vous écrirons à chaque étape.',
    receivedSubject: (reference, service) => `[${reference}] Demande reçue : ${service}`,
    nowState: (reference, service, state) =>
      `Votre demande ${reference} (« ${service} ») est maintenant ${state}.`,
    notes: (notes) => `Notes : ${notes}`,
    updateSubject: (reference, service, state) => `[${reference}] Demande ${state} : ${service}`,
    follow: (url) => `Suivre la demande : ${url}`,
    stop: (url) => `Ne plus recevoir de nouvelles de cette demande : ${url}`,
    signature: (cityName) => `311, ${cityName}`,
    confirmSubject: (reference) => `[${reference}] Confirmez les nouvelles demandées`,
    confirmAsked: (reference, service) =>
      `Quelqu’un (vous, nous l’espérons) a demandé un courriel à chaque étape de la demande ${reference} (« ${service} »).`,
    confirmLink: (url) => `Pour les recevoir, ouvrez ce lien et appuyez sur le bouton : ${url}`,
    confirmIgnore: 'Si ce n’était pas vous, ignorez ce message : rien d’autre ne sera envoyé.',
    codeText: (cityName, code, reference) =>
      `311 ${cityName} : votre code pour suivre ${reference} est ${code}. Il est valide 15 minutes. Pas vous? Ignorez ce texto.`,
    shortTitle: (cityName, reference, state) => `311 ${cityName} : ${reference} ${state}`,
    shortBody: (service, state) => `Votre demande « ${service} » est maintenant ${state}.`,
    mergedNote: (reference) => `Fusionnée avec ${reference}.`,
    templateNoAddress: 'l’endroit indiqué sur la carte',
    templateNoDate: 'dès que possible',
    templateNoAgency: 'l’organisme responsable',
    duplicateNote: (reference, metres) =>
      `Cette demande ressemble peut-être à ${reference} (ouverte, à ${metres} m); le personnel vérifiera.`,
  },
}
