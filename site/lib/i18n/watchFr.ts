import type { CatalogueOf } from './catalogue'
import type { watchEn } from './watchEn'

/** Ward watch in French: the keys of watchEn.ts. */
export const watchFr: CatalogueOf<typeof watchEn> = {
  watch: {
    formTitle: 'Recevoir un courriel quotidien des signalements 311 d’ici',
    formLead:
      'Une fois par jour, à 7 h, s’il s’est passé quelque chose : les nouveaux signalements du quartier et ceux qui ont été réglés. Rien n’est envoyé un jour tranquille.',
    email: 'Votre adresse courriel',
    events: 'À inclure',
    eventNew: 'Nouveaux signalements',
    eventClosed: 'Signalements réglés ou fermés',
    button: 'Suivre ce quartier',
    ward: 'Quartier',
    radius: 'Distance',
    fixEvents: 'Choisissez les nouveaux signalements, ceux réglés ou fermés, ou les deux.',
    fixWard: 'Choisissez un quartier de la Ville.',
    fixRadius: 'Donnez une distance de 50 à 2 000 mètres.',
    feed: 'Flux RSS des nouveaux signalements 311 du quartier',
    checkTitle: 'Vérifiez votre boîte de réception',
    check: (email: string) =>
      `Nous avons envoyé un lien à ${email}. Ouvrez-le d’ici 7 jours pour commencer le courriel quotidien; rien n’est envoyé avant.`,
    confirmTitle: 'Commencer le courriel quotidien',
    confirmLead: (area: string) =>
      `Confirmez que vous voulez un courriel quotidien des signalements 311 dans ${area}.`,
    confirmButton: 'Commencer le courriel quotidien',
    startedTitle: 'Suivi commencé',
    started: (area: string) =>
      `Dès demain à 7 h, chaque jour où il y a de nouveaux signalements ou des fermetures dans ${area}, vous recevez un courriel. Chacun contient un lien pour arrêter.`,
    stopTitle: 'Arrêter le courriel quotidien',
    stopLead: (area: string) => `Arrêter le courriel quotidien des signalements 311 dans ${area}?`,
    stopButton: 'Arrêter le courriel',
    stoppedTitle: 'Arrêté',
    stopped: (area: string) => `Vous ne recevrez plus ces courriels (${area}).`,
    notFound:
      'Ce lien n’est pas valide, ou il a expiré. Inscrivez-vous de nouveau depuis la page du quartier.',
    tooManyTitle: 'Trop de demandes',
    tooMany: 'Trop d’inscriptions d’ici dans la dernière heure. Réessayez plus tard.',
    wardArea: (number: number) => `le quartier ${number}`,
    circleArea: (metres: number, label: string) => `un rayon de ${metres} m autour de ${label}`,
    confirmSubject: (area: string) => `Confirmez : signalements 311 quotidiens dans ${area}`,
    confirmAsked: (area: string) =>
      `Quelqu’un (vous, nous l’espérons) a demandé un courriel quotidien des signalements 311 dans ${area}.`,
    confirmLink: (url: string) => `Pour le commencer, ouvrez ce lien d’ici 7 jours : ${url}`,
    confirmIgnore: 'Si ce n’était pas vous, ignorez ce message : rien d’autre n’est envoyé.',
    digestSubject: (area: string, day: string) => `Signalements 311 dans ${area}, ${day}`,
    digestLead: (area: string, day: string) =>
      `Ce qui a changé dans ${area} dans la journée avant le ${day} :`,
    newTitle: (count: number) =>
      count === 1 ? '1 nouveau signalement' : `${count} nouveaux signalements`,
    closedTitle: (count: number) =>
      count === 1 ? '1 signalement fermé' : `${count} signalements fermés`,
    line: (reference: string, service: string, address: string | null) =>
      `${reference}, ${service}${address ? `, ${address}` : ''}`,
    placedOnMap: 'placé sur la carte',
    more: (count: number) => `… et ${count} autres sur la carte.`,
    stop: (url: string) => `Pour arrêter ces courriels : ${url}`,
    mapLink: (url: string) => `La carte des signalements ouverts : ${url}`,
    feedTitle: (city: string, ward: string) => `${city} : signalements 311, ${ward}`,
    feedDescription: (ward: string) =>
      `Les nouveaux signalements 311 dans ${ward}, du plus récent au plus ancien (champs publics).`,
    feedItem: (reference: string, service: string) => `${reference} : ${service}`,
  },
}
