/**
 * The synonyms a new installation starts with, one group a line, the first word the one the index
 * keeps. Editors change them in the knowledge-base settings; these are the words Maple Bay's
 * callers use for the words the City writes.
 */
export const DEFAULT_SYNONYMS = {
  en: [
    'garbage, trash, refuse, rubbish',
    'collection, pickup',
    'couch, sofa, chesterfield',
    'cart, bin',
    'plow, plough, snowplow, snowplough',
    'streetlight, lamppost, streetlamp',
    'licence, license',
    'ticket, citation',
    'pothole, crater',
    'centre, center',
    'neighbour, neighbor',
  ].join('\n'),
  fr: [
    'ordures, déchets, poubelles, vidanges',
    'collecte, ramassage, cueillette',
    'divan, canapé, sofa',
    'bac, poubelle',
    'lampadaire, réverbère',
    'contravention, amende, ticket',
    'déneigement, déblaiement',
    'stationnement, parking',
    'conduite, aqueduc, conduite principale',
  ].join('\n'),
} as const
