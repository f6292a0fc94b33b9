/** Les mots de la base de connaissances en français : mêmes clés qu’answersEn.ts. */
export const answersFr = {
  answers: {
    hubTitle: '311 : réponses et demandes',
    hubDescription:
      'Les réponses aux questions les plus fréquentes des résidents, et un formulaire pour signaler un problème, en tout temps.',
    hubLead: 'Trouvez une réponse vous-même, en tout temps, ou signalez un problème à la Ville.',
    searchLabel: 'Rechercher dans les réponses',
    reportLink: 'Signaler un problème',
    reportHint: 'Nids-de-poule, collectes manquées, lampadaires, graffitis, bruit et plus.',
    callUs: 'Ou composez le 311, du lundi au vendredi, de 8 h 30 à 16 h 30.',
    popular: 'Questions fréquentes',
    az: 'Toutes les réponses, de A à Z',
    azNav: 'Lettres',
    noAnswers: 'Aucune réponse n’est encore publiée.',
    related: 'Réponses connexes',
    reportThis: 'Signaler ce problème',
    helpfulQuestion: 'Cette réponse vous a-t-elle été utile?',
    yes: 'Oui',
    no: 'Non',
    commentLabel: 'Comment pourrions-nous l’améliorer? (facultatif)',
    commentHint:
      'N’indiquez pas votre nom, votre adresse ni votre numéro de téléphone : nous ne pouvons pas répondre ici.',
    send: 'Envoyer',
    allAnswers: 'Toutes les réponses',
    feedbackThanksTitle: 'Merci',
    feedbackThanks: 'Votre avis nous aide à garder cette page utile.',
    backToAnswer: 'Retour à la réponse',
    mayHelp: 'Des réponses qui pourraient vous aider',
    mayHelpTyped: 'Ces réponses pourraient vous aider avant d’envoyer :',
    feedbackTooMany:
      'Vous avez envoyé de nombreux avis en peu de temps. Veuillez réessayer plus tard.',
  },
}
