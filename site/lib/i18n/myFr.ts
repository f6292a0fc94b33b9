import type { CatalogueOf } from './catalogue'
import type { myEn } from './myEn'

/** Les mots de la page personnelle d’une personne (« Mes dossiers et signalements »). */
export const myFr: CatalogueOf<typeof myEn> = {
  my: {
    title: 'Mes dossiers et signalements',
    already:
      'Vous nous avez déjà écrit ou avez signalé un problème? Voyez-les tous, avec nos réponses :',
    askLead:
      'Voyez en un seul endroit chaque message envoyé à la Ville et chaque problème signalé, avec leurs réponses. Entrez votre adresse courriel : nous vous enverrons un lien qui ouvre votre page.',
    email: 'Votre adresse courriel',
    send: 'M’envoyer mon lien',
    sentTitle: 'Consultez vos courriels',
    sent: 'Que nous ayons quelque chose ou non sous cette adresse, un lien vient d’y être envoyé. Il fonctionne une fois, pendant 30 minutes.',
    tooMany: 'Trop de demandes de cette connexion. Attendez une heure ou appelez le 311.',
    invalidEmail: 'Entrez une adresse courriel comme nom@exemple.com.',
    mailSubject: 'Votre lien vers vos dossiers et signalements',
    mailLead:
      'Voici le lien demandé. Il ouvre la page qui présente vos messages à la Ville et les problèmes que vous avez signalés :',
    mailRules:
      'Le lien fonctionne une fois, pendant 30 minutes, et la page reste ouverte dans ce navigateur pendant 12 heures.',
    mailIgnore:
      'Si vous ne l’avez pas demandé, ignorez ce courriel : personne ne peut utiliser le lien sans lui.',
    linkTitle: 'Ce lien ne fonctionne pas',
    linkUsed:
      'Ce lien a déjà servi ou date de plus de 30 minutes. Demandez-en un nouveau ci-dessous.',
    expiredTitle: 'Votre page est fermée',
    expired:
      'Pour protéger vos renseignements, la page se ferme après 12 heures. Demandez un nouveau lien ci-dessous.',
    lead: (email: string) => `Tout ce qui est sous ${email}.`,
    signOut: 'Fermer ma page',
    signedOut: 'Votre page est fermée sur cet appareil.',
    nothing:
      'Nous n’avons rien sous cette adresse. Si vous avez écrit d’une autre adresse, demandez son lien.',
    cases: 'Vos messages à la Ville',
    requests: 'Problèmes signalés (311)',
    reference: 'Référence',
    state: 'État',
    received: 'Reçu le',
    replyBy: 'Réponse d’ici le',
    caseStates: {
      new: 'En attente de notre réponse',
      assigned: 'En attente de notre réponse',
      'waiting-on-customer': 'En attente de votre réponse',
      answered: 'Répondu',
      closed: 'Fermé',
    } as Record<string, string>,
    mergedInto: (merged: string, survivor: string) =>
      `${merged} fait maintenant partie de ${survivor}.`,
    you: 'Vous',
    city: 'La Ville',
    phoneCall: 'Appel téléphonique',
    add: 'Ajouter un message',
    addSend: 'Envoyer',
    photos: 'Photos (jusqu’à 3, facultatif)',
    close: 'Je n’ai plus besoin de réponse : fermer le dossier',
    added: 'Votre message est ajouté. Nous y répondrons.',
    closed: 'Fermé. Merci de nous l’avoir dit.',
    commented: 'Votre commentaire est ajouté au signalement.',
    empty: 'Écrivez d’abord votre message.',
    tooLong: 'Votre message est trop long : gardez-le sous 5000 caractères.',
    notYours: 'Ceci ne fait pas partie des dossiers ou signalements de votre page.',
    history: 'Historique',
    seeStatus: 'Page d’état complète',
    expected: 'Prévu d’ici le',
    notes: 'Dernières nouvelles',
  },
}
