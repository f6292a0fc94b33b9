import type { CatalogueOf } from '../../site/lib/i18n/catalogue'
import { ACTION_LABELS, type WorkflowAction } from '../workflow/core/actions'
import { STATE_LABELS, type WorkflowState } from '../workflow/core/states'
import type { ContentSlug } from '../core/slugs'

/**
 * The project's own admin strings in English (Payload translates its own). One catalogue per
 * language: fr.ts has the same keys, checked by the compiler. Staff choose the admin's language in
 * their account settings.
 */
export const en = {
  cancel: 'Cancel',
  items: {
    publications: 'Publication',
    'media-releases': 'Media release',
    'sponsorship-packages': 'Sponsorship package',
    'emergency-bulletins': 'Emergency bulletin',
  } as Record<ContentSlug, string>,
  // The workflow's own English names (cms/workflow/core), one spelling for the admin and the API.
  states: STATE_LABELS as Record<WorkflowState, string>,
  actions: ACTION_LABELS as Record<WorkflowAction, string>,
  workflow: {
    title: 'Workflow',
    saveFirst: 'Save the draft to start the review workflow.',
    loading: 'Loading workflow…',
    failed: (status: number) => `The action failed (${status}).`,
    chooseTime: 'Choose the date and time to publish.',
    giveReason: 'Give the public reason for withdrawing.',
    commentRequired: 'A comment is required.',
    liveVersion: 'live version',
    goesLive: (when: string) => `Goes live ${when}.`,
    saveBeforeAction: 'Save your changes before taking a workflow action.',
    publishAt: 'Publish at',
    publicReason: 'Public reason (shown on the page)',
    commentRequiredLabel: 'Comment (required)',
    commentOptional: 'Comment (optional)',
    noneOpen: 'No workflow action is open to you now.',
    accessibilityProblems: 'Accessibility problems',
    overrideLabel: 'Approvers only: reason to go ahead anyway (recorded in the history)',
    overrideButton: 'Go ahead with this reason',
    whyUnavailable: 'Why other actions are unavailable',
    history: 'History',
    noHistory: 'No workflow actions yet.',
    by: 'by',
    override: 'Accessibility override',
  },
  accessibility: {
    title: 'Accessibility and plain language',
    unavailable: 'The check is not available right now.',
    checking: 'Checking…',
    readingLevel: 'Reading level',
    grade: (grade: number) => `grade ${grade}`,
    aimGrade: (target: number) => `(aim for ${target} or lower)`,
    readingEase: 'Reading ease (French, Kandel–Moles)',
    aimEase: (target: number) => `(aim for ${target} or higher)`,
    simplify: ' — simplify',
    notScored: 'Reading level: not scored (not enough text yet)',
    noProblems: 'No problems found.',
    counts: (errors: number, warnings: number) =>
      `${errors} to fix before review, ${warnings} to consider.`,
    fix: 'Fix',
    consider: 'Consider',
  },
  reviewQueue: {
    waiting: 'Waiting for my review',
    nothingWaiting: 'Nothing is waiting for your review.',
    changes: 'Changes requested on my items',
    noChanges: 'No changes requested on your items.',
  },
  bulletin: {
    shortcuts: 'Bulletin shortcuts',
    template: 'Start from a template',
    chooseTemplate: 'Choose a common bulletin…',
    filled: (label: string) =>
      `Filled from "${label}". Add the area, the times and what happened, then save.`,
    couldNotDraft: (status: number) => `Could not draft it (${status}).`,
    live: 'This bulletin is live. To change what residents are told, issue a follow-up: it references this one.',
    update: 'Issue an update',
    cancel: 'All clear (cancel)',
    preview: 'Preview for residents',
    previewCancel:
      'An all-clear removes the alerts it references from every page; residents see it in past bulletins.',
    headline: 'Headline',
    noInstruction: 'No instruction yet: residents need to know what to do.',
    areas: 'Areas',
    noAreas: 'none yet',
    expires: 'Expires',
    notSet: 'not set',
  },
  siteStatus: {
    never: 'never',
    failedWork: 'Scheduled work that failed',
    retried: 'These are tried again every 5 seconds; everything else scheduled went ahead.',
    of: 'of',
    at: (when: string) => `at ${when}`,
    mailDown: (since: string, queued: number) =>
      `Mail server unreachable since ${since}, ${queued} messages waiting`,
    mailDownText: (error: string) =>
      `Nothing is lost: the messages go out by themselves, emergency first, as soon as the mail server answers. Last error: ${error}`,
    mailWaiting: (queued: number) => `Mail server reachable; ${queued} messages waiting to go.`,
    notUpdated: 'The public site did not update',
    failedText: (attempt: string, success: string) =>
      `The build at ${attempt} failed, so residents still see the site from ${success}. The next publish or change tries again.`,
    built: (when: string, pages: number) => `Public site last built ${when} (${pages} pages).`,
    notBuilt: 'Public site not built yet.',
  },
  emailSends: {
    title: 'Email sends',
    caption: 'The five most recent sends',
    item: 'Item',
    topic: 'Topic',
    sent: 'Sent',
    failed: 'Failed',
    queued: 'Queued',
    rate: 'Rate',
    timeLeft: 'Time left',
    emergency: ' (emergency)',
    of: (sent: number, total: number) => `${sent} of ${total}`,
    done: 'done',
  },
  sponsorship: {
    title: 'Sponsorship',
    replies: 'Replies',
    overdue: (n: number) => `${n} overdue`,
    dueToday: (n: number) => `${n} due today`,
    overdueSince: 'overdue since',
    due: 'due',
    noDate: 'no date',
    open: 'Open inquiries',
    committedIn: (year: number) => `Committed in ${year}`,
    committed: (total: string, agreements: number) =>
      `${total} from ${agreements} agreement${agreements === 1 ? '' : 's'}`,
    ofTarget: (target: string) => ` of a ${target} target`,
    percentOfTarget: (percent: number, year: number) => `${percent}% of the ${year} target`,
    pipeline: 'Pipeline',
    loading: 'Loading the pipeline…',
    giveSector: "Give the sponsor's sector.",
    giveReason: 'Give a reason; it is kept in the audit.',
    stepFailed: (status: number) => `The step failed (${status}).`,
    answered: 'Answered',
    overdueState: 'Overdue',
    replyDueToday: 'Reply due today',
    replyDue: 'Reply due',
    by: (when: string) => ` by ${when}`,
    sector: 'Sector',
    approved: ' — approved by a communications manager',
    needsApproval: ' — needs a communications manager’s approval',
    passed: ' — passed screening',
    notScreened: 'Not screened against the sponsorship policy yet.',
    saveFirst: 'Save your changes before taking a step.',
    sectorLabel: 'Sector (from the sponsorship policy list)',
    reasonLabel: 'Reason (kept in the audit)',
    noStep: 'No step is open to you now.',
    history: 'History',
    noHistory: 'No steps yet.',
    actorBy: 'by',
  },
  missingFrench: {
    title: 'Published without French',
    none: 'Every published item has its French version.',
    count: (n: number) =>
      `${n} published ${n === 1 ? 'item shows' : 'items show'} English on the French site. Translate:`,
    missing: (fields: string) => `French ${fields} missing`,
    more: (n: number) => `And ${n} more.`,
  },
}

/** What every language's admin catalogue provides. */
export type AdminCatalogue = CatalogueOf<typeof en>
