import type { requestsEn } from './requestsEn'

/** 311's words in French: the same keys as requestsEn.ts. */
export const requestsFr: typeof requestsEn = {
  requests: {
    reportTitle: 'Signaler un problème (311)',
    reportDescription:
      'Signalez un nid-de-poule, une collecte manquée, des graffitis ou un autre problème à la Ville, à toute heure.',
    reportLead:
      'Dites-nous quoi et où. Nous transmettons le signalement à l’équipe responsable et vous écrivons à chaque étape.',
    urgent:
      'En cas d’urgence, composez le 911. Pour un danger sur la route en ce moment, composez le 311.',
    demoData:
      'Cette démonstration utilise Maple Bay, une ville fictive : ses rues et ses quartiers sont inventés.',
    chooseService: 'Que voulez-vous signaler?',
    safetyYes: 'Oui',
    safetyNo: 'Non',
    safetyTitle: 'La sécurité d’abord',
    notice: 'Avant de signaler',
    safetyStoppedTitle: 'Ne signalez pas ceci ici',
    safetyStoppedLead:
      'Votre signalement n’a pas été envoyé, en raison de votre réponse à la question de sécurité.',
    safetyStoppedBack:
      'Si ce n’est finalement pas dangereux, revenez en arrière et répondez « Non ».',
    allProblems: 'Tous les problèmes que vous pouvez signaler',
    where: 'Où est-ce?',
    required: '(obligatoire)',
    questions: 'Au sujet du problème',
    mapLabel: 'Carte des quartiers : choisissez un endroit pour remplir l’adresse',
    mapOutside: 'Cet endroit est à l’extérieur de la ville.',
    mapChosen: (label: string) => `Endroit choisi : ${label}.`,
    optionsFound: (count: number) =>
      `${count} adresses trouvées. Utilisez les flèches haut et bas pour choisir.`,
    nearbyFound:
      'Déjà signalé tout près. Vous pouvez suivre un signalement au lieu d’en envoyer un nouveau :',
    openReports: 'Signalements ouverts',
    seeMap: 'Voir les signalements ouverts sur une carte',
    trackTitle: 'Suivre un signalement',
    trackLabel: 'Numéro de référence (par exemple SR-2026-000123)',
    trackButton: 'Afficher son état',
    mapTitle: 'Signalements 311 ouverts',
    mapLead:
      'Tous les signalements ouverts sur la carte, regroupés quand ils sont proches. Aucun renseignement personnel n’est affiché.',
    mapImage: (count: number) =>
      `Carte des quartiers avec ${count} signalements ouverts; les tableaux ci-dessous donnent les mêmes chiffres.`,
    mapCluster: (count: number) => `${count} signalements ouverts ici`,
    byWard: 'Signalements ouverts par quartier',
    byService: 'Signalements ouverts par problème',
    wardColumn: 'Quartier',
    serviceColumn: 'Problème',
    countColumn: 'Signalements ouverts',
    noWard: 'Sans quartier',
    openData: 'Données ouvertes : toutes les demandes sans renseignement personnel, en format',
    service: 'Quel est le problème?',
    address: 'Adresse',
    suggestions: 'Adresses suggérées',
    addressHint: 'Numéro civique et rue, par exemple 123 Main Street.',
    orMap: 'Ou choisissez l’endroit sur la carte (l’adresse se remplit).',
    description: 'Décrivez le problème (facultatif)',
    descriptionHint: 'Ce que vous voyez, et un repère qui aide l’équipe à le trouver.',
    aboutYou: 'À votre sujet (facultatif)',
    aboutYouHint:
      'Laissez votre courriel pour recevoir des nouvelles à chaque étape. Nous ne le publions jamais.',
    firstName: 'Prénom',
    lastName: 'Nom',
    email: 'Adresse courriel',
    phone: 'Téléphone',
    pushFollowConsent:
      'Notifications dans ce navigateur au sujet d’une demande 311, jusqu’à sa fermeture.',
    textUpdates:
      'M’envoyer des nouvelles par texto à chaque étape (un numéro de cellulaire ci-dessus; répondez ARRET pour y mettre fin)',
    language: 'Nouvelles en',
    photos: 'Photos (facultatif, jusqu’à 3)',
    photosHint:
      'JPEG, PNG ou WebP, moins de 10 Mo chacune. Le personnel les vérifie d’abord : seules les photos sans visage, plaque d’immatriculation ni détail privé sont publiées, réduites et sans données de localisation.',
    photosAgain:
      'Vos photos n’ont pas été conservées : choisissez-les de nouveau pour les envoyer avec votre signalement.',
    photoAlt: (n: number) => `Photo ${n} envoyée avec ce signalement`,
    statusPhotos: 'Photos',
    send: 'Envoyer le signalement',
    fix: {
      service: 'Choisissez le type de problème.',
      address: 'Cette adresse n’est pas dans le registre des adresses de la Ville.',
      place: 'Indiquez où est le problème : une adresse, ou un endroit sur la carte.',
      outside:
        'Cet endroit est à l’extérieur de la ville. Vérifiez l’adresse, ou communiquez avec la municipalité où il se trouve.',
      email: 'Entrez une adresse courriel comme nom@exemple.ca, ou laissez le champ vide.',
      phone: 'Entrez un numéro de téléphone comme 519-555-0123, ou laissez le champ vide.',
      descriptionLong: 'Gardez la description sous 5 000 caractères.',
      required: 'Veuillez répondre à cette question.',
      invalid: 'Vérifiez votre réponse à cette question.',
      photoType:
        'Envoyez des photos JPEG, PNG ou WebP (sur un iPhone, choisissez « Le plus compatible » dans les formats de l’appareil photo).',
      photoSize: 'Envoyez des photos de moins de 10 Mo et de 50 mégapixels chacune.',
      photoCount: 'Envoyez au plus 3 photos par signalement.',
      photoUnreadable:
        'Une photo n’a pas pu être lue; elle est peut-être endommagée. Reprenez-la ou enregistrez-la de nouveau.',
      photosTooLarge:
        'Les photos sont trop lourdes pour être envoyées ensemble : envoyez jusqu’à 3 photos de moins de 10 Mo chacune.',
    },
    checkTitle: 'Vérifiez votre signalement',
    nothingSent: 'Rien n’a encore été envoyé. Veuillez corriger ce qui suit :',
    backToForm: 'Retour au formulaire',
    didYouMean: 'Vouliez-vous dire :',
    useThis: 'Utiliser cette adresse',
    alreadyTitle: 'Déjà signalé?',
    alreadyLead: 'Ces signalements ouverts du même problème sont près de l’endroit choisi :',
    followTitle: 'Recevoir des nouvelles de cette demande',
    meTooTitle: 'Le même problème pour vous?',
    meTooLead:
      'Dites « moi aussi » : la Ville voit combien de personnes sont touchées, et vous recevez les nouvelles.',
    meTooButton: 'Moi aussi',
    meTooCount: (count) =>
      count === 1
        ? '1 autre résident a aussi ce problème.'
        : `${count} autres résidents ont aussi ce problème.`,
    meTooClosed: 'Cette demande est fermée. Si le problème est revenu, signalez-le de nouveau.',
    reopenTitle: (reference) => `Toujours pas réglé : ${reference}`,
    reopenLead: 'Dites-nous ce qui ne va toujours pas. L’équipe lit vos mots et voit vos photos.',
    reopenSameRequest: (day) =>
      `Jusqu’au ${day}, la demande elle-même est rouverte, avec une nouvelle date prévue.`,
    reopenNewRequest:
      'Elle a été fermée il y a plus de 30 jours, ou déjà rouverte : nous ouvrirons une nouvelle demande, liée à celle-ci.',
    reopenComment: 'Qu’est-ce qui ne va toujours pas?',
    reopenButton: 'Envoyer : toujours pas réglé',
    reopenBadLink:
      'Ce lien ne fonctionne pas. Utilisez le lien du dernier courriel ou texto au sujet de votre demande, ou composez le 311.',
    reopenIsOpen: (reference) =>
      `${reference} est ouverte : l’équipe s’en occupe. Vous serez informé à chaque étape.`,
    reopenMerged: (reference) =>
      `Ce signalement a été joint à ${reference}. Suivez celui-là; dites-le là si ce n’est toujours pas réglé.`,
    reopenedTitle: 'Rouverte',
    reopenedDone: (reference) =>
      `${reference} est rouverte. Son service a été avisé, et vous serez informé à chaque étape.`,
    reopenedNew: (reference, old) =>
      `Nous avons ouvert ${reference}, liée à ${old}. Vous serez informé à chaque étape.`,
    reopenedFromLabel: 'Rouverte à partir de',
    surveyQuestion: 'Êtes-vous satisfait de la façon dont la Ville a traité votre signalement?',
    surveyInvalid: 'Utilisez le lien du message qui a fermé votre signalement.',
    stillFixedTitle: 'Est-ce toujours réglé?',
    stillFixedQuestion: (reference) =>
      `Il y a quatre semaines, nous avons fermé ${reference} comme réglée. Est-ce toujours réglé?`,
    stillFixedYes: 'Oui, c’est toujours réglé',
    stillFixedNo: 'Non, le problème est revenu',
    stillFixedComment: 'Sinon, qu’est-ce qui ne va pas de nouveau?',
    stillFixedChoose: 'Choisissez oui ou non.',
    stillFixedNeedWords: 'Dites en quelques mots ce qui ne va pas : l’équipe le lira.',
    stillFixedThanks: 'Merci : c’est bon de savoir que la réparation tient.',
    stillFixedAnswered: 'Vous avez déjà répondu pour ce signalement. Merci.',
    followInstead: 'Le suivre plutôt',
    followEmail: 'Votre courriel, pour les nouvelles',
    differentProblem: 'C’est un autre problème : envoyer mon signalement',
    metresAway: (metres: number) => `à ${metres} m`,
    thanksTitle: 'Signalement reçu',
    thanksReference: (reference: string) => `Votre numéro de référence est ${reference}.`,
    thanksExpected: (day: string) => `Nous prévoyons le régler d’ici le ${day}.`,
    thanksEmail:
      'Nous avons envoyé une confirmation à votre courriel et vous écrirons à chaque étape.',
    thanksNoEmail:
      'Gardez le numéro de référence : il sert à suivre la demande ou quand vous appelez le 311.',
    trackIt: 'Suivre la demande',
    tooManyTitle: 'Trop de signalements',
    tooMany:
      'Trop de signalements sont venus de cette connexion dans la dernière heure. Réessayez plus tard ou composez le 311.',
    notStoredTitle: 'Votre signalement n’a pas été envoyé',
    notStored:
      'Un problème est survenu de notre côté et rien n’a été enregistré. Renvoyez le formulaire dans une minute ou composez le 311.',
    followingTitle: 'Vous suivez cette demande',
    following: (reference: string) => `Nous vous écrirons à chaque étape de ${reference}.`,
    checkInboxTitle: 'Consultez votre boîte de réception',
    checkInbox: (reference: string) =>
      `Nous avons envoyé un lien à votre courriel. Ouvrez-le pour recevoir les nouvelles de ${reference}; rien d’autre ne vous sera envoyé d’ici là.`,
    confirmFollowTitle: 'Suivre cette demande',
    confirmFollow: (reference: string) => `Recevoir un courriel à chaque étape de ${reference}?`,
    confirmFollowButton: 'Recevoir les nouvelles',
    codeWrong: (left: number) =>
      `Ce code n’est pas celui que nous avons envoyé. ${left} ${left <= 1 ? 'essai restant' : 'essais restants'}.`,
    codeGone: 'Ce code n’est plus valide. Demandez-en un nouveau en suivant de nouveau la demande.',
    stopConfirm: (reference: string) => `Arrêter les courriels au sujet de ${reference}?`,
    stopButton: 'Arrêter les nouvelles',
    stoppedTitle: 'Nouvelles arrêtées',
    stopped: (reference: string) => `Vous ne recevrez plus de courriel au sujet de ${reference}.`,
    statusTitle: (reference: string) => `Demande ${reference}`,
    statusNotFound: 'Nous n’avons aucune demande avec ce numéro. Vérifiez-le ou composez le 311.',
    statusLead: 'L’état public d’une demande 311. Aucun renseignement personnel n’est affiché.',
    statusService: 'Problème',
    statusWhere: 'Endroit',
    statusState: 'État',
    statusReceived: 'Reçue le',
    statusExpected: 'Prévue d’ici le',
    statusNotes: 'Notes',
    history: 'Historique',
    historyWhen: 'Quand',
    historyWhat: 'Ce qui s’est passé',
    mergedInto: (reference: string) => `Ce signalement a été fusionné avec ${reference}.`,
    states: {
      new: 'Reçue',
      acknowledged: 'Prise en compte',
      assigned: 'Confiée à une équipe',
      'in-progress': 'En cours',
      forwarded: 'Transmise à l’organisme responsable',
      closed: 'Fermée',
    },
    reasons: {
      resolved: 'réglée',
      duplicate: 'déjà signalée',
      'not-city': 'ne relève pas de la Ville',
      'cannot-locate': 'introuvable',
    },
    backHome: 'Retour à l’accueil',
  },
}
