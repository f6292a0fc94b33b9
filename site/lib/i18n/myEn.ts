/**
 * A resident's own page ("My cases and reports") in English: the request for a link, the link's
 * email, the page that lists their desk cases and 311 reports. Part of en.ts; myFr.ts has the same
 * keys.
 */
export const myEn = {
  my: {
    title: 'My cases and reports',
    already: 'Wrote to us or reported a problem before? See them all, with our answers:',
    askLead:
      'See every message you sent the City and every problem you reported, with their answers, in one place. Enter your email address: we will send you a link that opens your page.',
    email: 'Your email address',
    send: 'Email me my link',
    sentTitle: 'Check your email',
    sent: 'If we have anything under this address, or even if we do not, a link is on its way to it now. It works once, for 30 minutes.',
    tooMany: 'Too many requests from this connection. Wait an hour, or call 311.',
    invalidEmail: 'Enter an email address like name@example.com.',
    mailSubject: 'Your link to your cases and reports',
    mailLead:
      'Here is the link you asked for. It opens the page that lists your messages to the City and the problems you reported:',
    mailRules:
      'The link works once, for 30 minutes, and the page stays open in that browser for 12 hours.',
    mailIgnore: 'If you did not ask for it, ignore this email: nobody can use the link without it.',
    linkTitle: 'This link does not work',
    linkUsed:
      'This link was already used, or it is more than 30 minutes old. Ask for a new one below.',
    expiredTitle: 'Your page has closed',
    expired: 'For your privacy, the page closes after 12 hours. Ask for a new link below.',
    lead: (email: string) => `Everything under ${email}.`,
    signOut: 'Close my page',
    signedOut: 'Your page is closed on this device.',
    nothing:
      'We have nothing under this address. If you wrote from another address, ask for its link.',
    cases: 'Your messages to the City',
    requests: 'Problems you reported (311)',
    reference: 'Reference',
    state: 'State',
    received: 'Received',
    replyBy: 'We reply by',
    caseStates: {
      new: 'Waiting for our reply',
      assigned: 'Waiting for our reply',
      'waiting-on-customer': 'Waiting for your answer',
      answered: 'Answered',
      closed: 'Closed',
    } as Record<string, string>,
    mergedInto: (merged: string, survivor: string) => `${merged} is now part of ${survivor}.`,
    you: 'You',
    city: 'The City',
    phoneCall: 'Phone call',
    add: 'Add a message',
    addSend: 'Send',
    photos: 'Photos (up to 3, optional)',
    close: 'I no longer need an answer: close it',
    added: 'Your message is added. We will answer it.',
    closed: 'Closed. Thank you for telling us.',
    commented: 'Your comment is added to the report.',
    empty: 'Write your message first.',
    tooLong: 'Your message is too long: keep it under 5000 characters.',
    notYours: 'This is not one of the cases or reports on your page.',
    history: 'History',
    seeStatus: 'Full status page',
    expected: 'Expected by',
    notes: 'Latest news',
  },
}
