/** The dashboard's first panel, "Your work", in English (homeAdminFr.ts has the same keys). */
export const homeAdminEn = {
  title: 'Your work',
  nothing: 'Nothing is waiting for you. Everything else is below.',
  casesDueToday: (n: number) => `${n} of your cases ${n === 1 ? 'is' : 'are'} due a reply today`,
  casesOverdue: (n: number) => `${n} of your cases ${n === 1 ? 'is' : 'are'} overdue`,
  unassigned: (n: number) => `${n} unassigned ${n === 1 ? 'case' : 'cases'} in your department`,
  requestsMine: (n: number) => `${n} open 311 ${n === 1 ? 'request is' : 'requests are'} yours`,
  requestsOverdue: (n: number) =>
    `${n} of your 311 ${n === 1 ? 'request is' : 'requests are'} past the expected date`,
  departmentOverdue: (n: number) =>
    `${n} ${n === 1 ? 'case' : 'cases'} overdue in the department you manage`,
  departmentUnresolved: (n: number) =>
    `${n} ${n === 1 ? 'case' : 'cases'} past the resolution target in your department`,
  drafts: (n: number) => `${n} of your drafts`,
  changesRequested: (n: number) => `${n} sent back to you with changes requested`,
  toReview: (n: number) => `${n} waiting for a second person's review`,
  alertsInForce: (n: number) => `${n} emergency ${n === 1 ? 'alert is' : 'alerts are'} in force`,
  alertsDraft: (n: number) =>
    `${n} emergency ${n === 1 ? 'bulletin' : 'bulletins'} in draft or review`,
  inquiriesNew: (n: number) => `${n} new sponsor ${n === 1 ? 'inquiry' : 'inquiries'}`,
  sponsorCases: (n: number) =>
    `${n} sponsorship ${n === 1 ? 'case awaits' : 'cases await'} a reply`,
  roles: {
    agent: 'Customer service',
    manager: 'Your department',
    writer: 'Writing',
    approver: 'Approving',
    emergency: 'Emergencies',
    sponsorship: 'Sponsorship',
  } as Record<string, string>,
}
