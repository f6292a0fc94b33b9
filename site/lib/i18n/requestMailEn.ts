/**
 * What 311 sends a reporter or a follower, in English: the acknowledgement, each update, and its
 * short form for a text or a notification. Part of the English catalogue (en.ts); requestMailFr.ts
 * has the same keys.
 */
export const requestMailEn = {
  requestMail: {
    states: {
      new: 'received',
      acknowledged: 'acknowledged',
      assigned: 'assigned to a crew',
      'in-progress': 'in progress',
      forwarded: 'forwarded to the agency responsible',
      closed: 'closed',
    },
    reasons: {
      resolved: 'The problem has been fixed.',
      duplicate: 'It was already reported; you now follow that report instead.',
      'not-city': 'This is not the City’s to fix; the notes say who is responsible.',
      'cannot-locate': 'The crew could not find the problem at this location.',
    },
    ifDangerous: (instruction: string) => `If it is dangerous: ${instruction}`,
    surveyAsk: (url: string) => `How did we do? One question, one minute: ${url}`,
    surveyAskShort: (url: string) => `How did we do? ${url}`,
    stillFixedSubject: (reference: string) => `[${reference}] Is it still fixed?`,
    stillFixedAsk: (reference: string, service: string, location: string | null) =>
      `Four weeks ago we closed request ${reference} (“${service}”${location ? ` at ${location}` : ''}) as fixed.`,
    stillFixedLink: (url: string) => `Is it still fixed? Tell us with one click: ${url}`,
    stillFixedShort: (reference: string, url: string) =>
      `${reference}: is it still fixed, four weeks on? ${url}`,
    forwardedNote: (agency: string) =>
      `Forwarded to ${agency}, which is responsible for this. The City has sent them your report.`,
    forwardedSubject: (reference: string, service: string, city: string) =>
      `[${reference}] ${service}: forwarded by ${city} 311`,
    forwardedToAgency: (city: string, reference: string, service: string) =>
      `${city} 311 received this report, which we understand is yours to handle: ${reference}, “${service}”.`,
    forwardedWhere: (place: string) => `Where: ${place}`,
    forwardedPoint: (point: string) => `Point (latitude, longitude): ${point}`,
    forwardedDescription: (text: string) => `The resident wrote: ${text}`,
    forwardedReply:
      'Please reply to this email (keep the reference in the subject) to tell us what you will do or if it is not yours: your reply joins our record.',
    agencySilentSubject: (reference: string) => `[${reference}] No answer yet from the agency`,
    agencySilent: (reference: string, agency: string, since: string, days: number) =>
      `Request ${reference} was forwarded to ${agency} on ${since}, and ${days} business days later they have not replied. Follow up with them, or take it back.`,
    hello: 'Hello,',
    stillNotFixed: (url: string) =>
      `Still not fixed? Tell us within 30 days and we will reopen it: ${url}`,
    stillNotFixedShort: (url: string) => `Still not fixed? ${url}`,
    reopenedNote: 'Reopened: the resident says it is still not fixed.',
    reportedAgainNote: (reference: string) =>
      `Still not fixed, says the resident: reported again as ${reference}.`,
    reopenedSubject: (reference: string) => `[${reference}] Reopened: still not fixed`,
    reopenedForStaff: (reference: string, location: string | null, comment: string) =>
      `A resident says request ${reference}${location ? ` (${location})` : ''} is still not fixed. It is open again, with a new expected date.\n\nTheir words: ${comment}`,
    received: (service: string, location: string | null) =>
      `We received your request “${service}”${location ? ` at ${location}` : ''}.`,
    reference: (reference: string) => `Its reference is ${reference}.`,
    expected: (day: string) => `We expect to resolve it by ${day}.`,
    maybeDuplicate: (other: string) =>
      `It may be the same problem as ${other}; our staff will check.`,
    eachStep: 'We will write to you at each step.',
    receivedSubject: (reference: string, service: string) =>
      `[${reference}] Request received: ${service}`,
    nowState: (reference: string, service: string, state: string) =>
      `Request ${reference} (“${service}”) is now ${state}.`,
    notes: (notes: string) => `Notes: ${notes}`,
    updateSubject: (reference: string, service: string, state: string) =>
      `[${reference}] Request ${state}: ${service}`,
    follow: (url: string) => `Follow the request: ${url}`,
    stop: (url: string) => `Stop updates about this request: ${url}`,
    signature: (cityName: string) => `311, ${cityName}`,
    confirmSubject: (reference: string) => `[${reference}] Confirm the updates you asked for`,
    confirmAsked: (reference: string, service: string) =>
      `Someone (we hope you) asked for an email at each step of request ${reference} (“${service}”).`,
    confirmLink: (url: string) => `To start them, open this link and press the button: ${url}`,
    confirmIgnore: 'If it was not you, ignore this message: nothing more will be sent.',
    codeText: (cityName: string, code: string, reference: string) =>
      `${cityName} 311: your code to follow ${reference} is ${code}. It works for 15 minutes. Not you? Ignore this text.`,
    shortTitle: (cityName: string, reference: string, state: string) =>
      `${cityName} 311: ${reference} ${state}`,
    shortBody: (service: string, state: string) => `Your request "${service}" is now ${state}.`,
    mergedNote: (reference: string) => `Merged into ${reference}.`,
    templateNoAddress: 'the place shown on the map',
    templateNoDate: 'as soon as we can',
    templateNoAgency: 'the agency responsible',
    duplicateNote: (reference: string, metres: number) =>
      `This report may duplicate ${reference} (open, ${metres} m away); staff will check.`,
  },
}
