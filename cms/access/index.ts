/**
 * Who may do what: access rules other domains check. The domain's public surface: other domains
 * import from here or from its core/.
 */

export { mayWrite, publicContentFilter } from './content'
export { departmentOf, isDeskStaff, mayWorkOn } from './desk'
export { mayWorkOnRequest } from './requests311'
export { isSponsorshipStaff } from './sponsorship'
export { mayManageSubscribers } from './subscribers'
