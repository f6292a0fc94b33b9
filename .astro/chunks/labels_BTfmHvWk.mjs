const PUBLICATION_KIND_LABELS = {
  newsletter: "Newsletters",
  report: "Reports",
  guide: "Guides",
  brochure: "Brochures",
  magazine: "Magazines"
};
const TIER_LABELS = {
  patron: "Patron ($5,000–9,999)",
  supporter: "Supporter ($10,000–34,999)",
  builder: "Builder ($35,000–74,999)",
  leader: "Leader ($75,000 and up)"
};
const ASSET_LABELS = {
  event: "Event",
  program: "Program",
  facility: "Facility",
  publication: "Publication",
  "naming-rights": "Naming rights"
};
const kindsPresent = (items) => Object.keys(PUBLICATION_KIND_LABELS).filter((kind) => items.some((item) => item.kind === kind));

export { ASSET_LABELS as A, PUBLICATION_KIND_LABELS as P, TIER_LABELS as T, kindsPresent as k };
