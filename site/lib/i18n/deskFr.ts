import { frenchCityName } from '../city'
import type { CatalogueOf } from './catalogue'
import type { deskEn } from './deskEn'

/** Les mots du service à la clientèle en français (voir deskEn.ts). */
export const deskFr: CatalogueOf<typeof deskEn> = {
  contact: {
    title: 'Joindre la Ville',
    description:
      'Écrivez à la Ville. Nous répondons aux messages écrits dans un délai de 3 jours ouvrables.',
    lead: 'Posez une question, signalez un problème ou dites-nous comment nous avons fait. Une personne lit chaque message.',
    standards: 'Notre engagement',
    standardWritten:
      'Nous répondons aux messages écrits (ce formulaire, les courriels, les lettres) dans un délai de 3 jours ouvrables.',
    standardPhone: 'Nous retournons les appels dans un délai de 2 jours ouvrables.',
    standardName: 'Nous vous disons notre prénom et le service où nous travaillons.',
    standardAccessible:
      'Nos services sont accessibles : demandez-nous cette page ou notre réponse dans un autre format.',
    urgent:
      'En cas d’urgence, composez le 911. Pour un service municipal (un nid-de-poule, une collecte oubliée), composez le 311.',
    formTitle: 'Envoyez-nous un message',
    name: 'Votre nom',
    email: 'Adresse courriel',
    emailHint: 'Nous répondons à cette adresse.',
    phone: 'Téléphone (facultatif)',
    phoneHint: 'Par exemple, 519-555-0100',
    topic: 'À quel sujet?',
    topics: {
      general: 'Une question ou une demande',
      complaint: 'Une plainte',
      compliment: 'Un compliment',
      'accessibility-feedback': 'Accessibilité : un obstacle, ou un format dont vous avez besoin',
      media: 'Une demande des médias (journalistes)',
    },
    subject: 'Objet',
    message: 'Votre message',
    messageHint:
      'N’indiquez pas de renseignements médicaux ou financiers dont nous n’avons pas besoin.',
    replyIn: 'Langue de la réponse',
    honeypot: 'Laissez ce champ vide',
    consent:
      'J’accepte que la Ville communique avec moi par courriel ou par téléphone au sujet de ce message.',
    privacy:
      'Nous recueillons ces renseignements en vertu de la Loi de 2001 sur les municipalités, pour répondre à votre message, et les conservons selon la politique de gestion des documents de la Ville. Pour toute question sur cette collecte, écrivez-nous ici.',
    send: 'Envoyer le message',
    thanksTitle: 'Merci : nous avons reçu votre message',
    thanksDue: (due: string) => `Nous vous répondrons au plus tard le ${due}.`,
    thanksReference: (reference: string) => `Votre numéro de référence : ${reference}.`,
    thanksEmail: (email: string) => `Nous avons envoyé une confirmation à ${email}.`,
    thanksBack: 'Retour à la page d’accueil',
    checkTitle: 'Vérifiez votre message',
    nothingSent: 'Rien n’a encore été envoyé. Veuillez corriger :',
    backToForm: 'Retour au formulaire',
    keepTyped: '(votre navigateur a peut-être gardé ce que vous avez écrit)',
    tooManyTitle: 'Trop de messages',
    tooMany:
      'Trop de messages de cette connexion ou de cette adresse. Attendez une heure, ou composez le 311.',
    fields: {
      contactName: 'Votre nom',
      email: 'Adresse courriel',
      phone: 'Téléphone',
      kind: 'À quel sujet?',
      subject: 'Objet',
      message: 'Votre message',
      consent: 'Permission de communiquer avec vous',
      language: 'Langue de la réponse',
    },
  },
  desk: {
    greeting: (name: string | null) => (name ? `Bonjour ${name},` : 'Bonjour,'),
    ackSubject: 'Nous avons reçu votre message',
    ackThanks: 'Merci de nous avoir écrit. Une personne lira votre message.',
    ackDue: (due: string) => `Nous vous répondrons au plus tard le ${due}.`,
    ackReference: (reference: string) =>
      `Votre numéro de référence : ${reference}. Pour ajouter quelque chose, répondez à ce courriel en gardant la référence dans l’objet.`,
    defaultSubject: 'Votre message à la Ville',
    phoneSubject: 'Votre appel à la Ville',
    signedOff: 'Veuillez agréer nos salutations distinguées,',
    closedSubject: (subject: string) => `Votre dossier est fermé : ${subject}`,
    closedBody:
      'Nous avons fermé votre dossier. S’il vous faut autre chose à ce sujet, répondez à ce courriel : il sera rouvert.',
    mergedSubject: 'Vos messages forment maintenant un seul dossier',
    mergedBody: (merged: string, survivor: string) =>
      `Vous nous avez écrit plus d’une fois au sujet de la même chose; nous avons donc réuni vos messages. Le dossier ${merged} fait maintenant partie du dossier ${survivor} : une seule personne vous répondra, au plus tard à la première date promise.`,
    mergedReference: (survivor: string) =>
      `Votre numéro de référence est maintenant ${survivor}. Pour ajouter quelque chose, répondez à ce courriel en le gardant dans l’objet.`,
    surveyAsk: 'Comment avons-nous fait? Une question, une minute :',
    surveyTitle: 'Comment avons-nous fait?',
    surveyQuestion: 'Êtes-vous satisfait de la façon dont nous avons traité votre message?',
    surveyScale: [
      '1 : très insatisfait',
      '2 : insatisfait',
      '3 : ni satisfait ni insatisfait',
      '4 : satisfait',
      '5 : très satisfait',
    ],
    surveyComment: 'Voulez-vous ajouter quelque chose? (facultatif)',
    surveySend: 'Envoyer',
    surveyThanksTitle: 'Merci',
    surveyThanks: 'Merci de votre réponse. Nous lisons chacune d’elles.',
    surveyAnswered: 'Vous avez déjà répondu pour ce dossier. Merci.',
    surveyInvalidTitle: 'Ce lien ne fonctionne pas',
    surveyInvalid: 'Utilisez le lien du courriel qui a fermé votre dossier.',
    surveyChoose: 'Choisissez une réponse de 1 à 5.',
    city: (city: string) => frenchCityName(city),
  },
}
