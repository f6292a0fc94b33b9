/**
 * The knowledge base's words in English: the 311 hub, the A–Z list of answers, an answer's page and
 * its "was this helpful?" question. Part of the English catalogue (en.ts); answersFr.ts has the
 * same keys.
 */
export const answersEn = {
  answers: {
    hubTitle: '311: answers and requests',
    hubDescription:
      'Answers to what residents ask the City most, and a form to report a problem, any time.',
    hubLead: 'Find an answer yourself, any time, or report a problem to the City.',
    searchLabel: 'Search the answers',
    reportLink: 'Report a problem',
    reportHint: 'Potholes, missed pickups, streetlights, graffiti, noise and more.',
    callUs: 'Or call 311, Monday to Friday, 8:30 a.m. to 4:30 p.m.',
    popular: 'Common questions',
    az: 'All answers, A to Z',
    azNav: 'Letters',
    noAnswers: 'No answers are published yet.',
    related: 'Related answers',
    reportThis: 'Report this problem',
    helpfulQuestion: 'Was this answer helpful?',
    yes: 'Yes',
    no: 'No',
    commentLabel: 'How could we make it better? (optional)',
    commentHint: 'Please do not include your name, address or phone number: we cannot reply here.',
    send: 'Send',
    allAnswers: 'All answers',
    feedbackThanksTitle: 'Thank you',
    feedbackThanks: 'Your answer helps us keep this page useful.',
    backToAnswer: 'Back to the answer',
    mayHelp: 'Answers that may help',
    mayHelpTyped: 'These answers may help before you send:',
    feedbackTooMany: 'You have sent many answers in a short time. Please try again later.',
  },
}
