const PUBLICATION_KIND_LABELS = {
  newsletter: "Newsletters",
  report: "Reports",
  guide: "Guides",
  brochure: "Brochures",
  magazine: "Magazines"
};
const kindsPresent = (items) => Object.keys(PUBLICATION_KIND_LABELS).filter((kind) => items.some((item) => item.kind === kind));

export { PUBLICATION_KIND_LABELS as P, kindsPresent as k };
