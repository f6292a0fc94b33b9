/**
 * CAP 1.2 enumerations (OASIS Common Alerting Protocol 1.2, section 3.2), spelled exactly as the
 * standard and `emergency/schema/CAP-v1.2.xsd` spell them. The bulletin collection and the CAP
 * serialiser both read these lists, so the admin can never offer a value the XSD rejects.
 */
export const CAP_STATUS = ['Actual', 'Exercise', 'System', 'Test', 'Draft'] as const
export const CAP_MSG_TYPE = ['Alert', 'Update', 'Cancel', 'Ack', 'Error'] as const
export const CAP_CATEGORY = [
  'Geo',
  'Met',
  'Safety',
  'Security',
  'Rescue',
  'Fire',
  'Health',
  'Env',
  'Transport',
  'Infra',
  'CBRNE',
  'Other',
] as const
export const CAP_RESPONSE_TYPE = [
  'Shelter',
  'Evacuate',
  'Prepare',
  'Execute',
  'Avoid',
  'Monitor',
  'Assess',
  'AllClear',
  'None',
] as const
export const CAP_URGENCY = ['Immediate', 'Expected', 'Future', 'Past', 'Unknown'] as const
export const CAP_SEVERITY = ['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown'] as const
export const CAP_CERTAINTY = ['Observed', 'Likely', 'Possible', 'Unlikely', 'Unknown'] as const

type CapStatus = (typeof CAP_STATUS)[number]
type CapMsgType = (typeof CAP_MSG_TYPE)[number]
type CapCategory = (typeof CAP_CATEGORY)[number]

/**
 * What a city bulletin may be. `System` and `Draft` statuses and `Ack`/`Error` message types exist
 * in CAP for system heartbeats and receiver acknowledgements, not for bulletins a person writes;
 * scope is always `Public` because everything here is published to residents.
 */
export const BULLETIN_STATUS = [
  'Actual',
  'Exercise',
  'Test',
] as const satisfies readonly CapStatus[]
export const BULLETIN_MSG_TYPE = [
  'Alert',
  'Update',
  'Cancel',
] as const satisfies readonly CapMsgType[]
/** Update and Cancel messages must name the message(s) they replace (CAP 1.2 `references`). */
export const needsReferences = (msgType: string | null | undefined): boolean =>
  msgType === 'Update' || msgType === 'Cancel'

/**
 * CAP-CP layer parameters (SOREM) that ask broadcasters and phones to interrupt; a city bulletin
 * says No.
 */
export const SOREM_YES_NO = ['Yes', 'No'] as const

/** Human labels for the admin; CAP's own words, explained where they are terse. */
export const CAP_CATEGORY_LABELS: Record<CapCategory, string> = {
  Geo: 'Geophysical (e.g. landslide)',
  Met: 'Meteorological (e.g. flood, storm, extreme heat)',
  Safety: 'General emergency and public safety',
  Security: 'Law enforcement, military, homeland and local/private security',
  Rescue: 'Rescue and recovery',
  Fire: 'Fire suppression and rescue',
  Health: 'Medical and public health (e.g. boil-water advisory)',
  Env: 'Pollution and other environmental',
  Transport: 'Public and private transportation',
  Infra: 'Utility, telecommunication, other non-transport infrastructure',
  CBRNE: 'Chemical, biological, radiological, nuclear or high-yield explosive',
  Other: 'Other events',
}
