const NO_FILTERS = { type: null, tier: null, value: null, available: false, soon: false };
const ASSET_TYPES = { event: "Events", program: "Programs", facility: "Facilities", publication: "Publications", "naming-rights": "Naming rights" };
const ASSET_TYPE = { event: "Event", program: "Program", facility: "Facility", publication: "Publication", "naming-rights": "Naming rights" };
const VALUE_BANDS = [
  { key: "under-10000", label: "Under $10,000", min: 0, max: 9999 },
  { key: "10000-to-49999", label: "$10,000 to $49,999", min: 1e4, max: 49999 },
  { key: "50000-and-up", label: "$50,000 or more", min: 5e4, max: Number.POSITIVE_INFINITY }
];
const SOON_DAYS = 30;
const DAY = 864e5;
const isOpen = (item, now) => new Date(item.deadline).getTime() >= now.getTime();
const isAvailable = (item, now) => item.availableSlots > 0 && isOpen(item, now);
const closesSoon = (item, now) => isOpen(item, now) && new Date(item.deadline).getTime() - now.getTime() <= SOON_DAYS * DAY;
const inBand = (item, key) => {
  const band = VALUE_BANDS.find((b) => b.key === key);
  if (!band) return false;
  const high = item.valueMax ?? item.value;
  return item.value <= band.max && high >= band.min;
};
const matches = (item, f, now) => (!f.type || item.assetType === f.type) && (!f.tier || item.tier === f.tier) && (!f.value || inBand(item, f.value)) && (!f.available || isAvailable(item, now)) && (!f.soon || closesSoon(item, now));
const segmentsOf = (f) => [
  ...f.type ? [`type-${f.type}`] : [],
  ...f.tier ? [`tier-${f.tier}`] : [],
  ...f.value ? [`value-${f.value}`] : [],
  ...f.available ? ["available"] : [],
  ...f.soon ? ["closing-soon"] : []
];
const pathOf = (f) => {
  const segments = segmentsOf(f);
  return segments.length ? `/sponsorship/browse/${segments.join("/")}/` : "/sponsorship/";
};
const filterCombinations = (items, tiers, now) => {
  const types = [null, ...Object.keys(ASSET_TYPES).filter((t) => items.some((i) => i.assetType === t))];
  const tierKeys = [null, ...tiers.map((t) => t.key).filter((k) => items.some((i) => i.tier === k))];
  const bands = [null, ...VALUE_BANDS.map((b) => b.key)];
  const out = [];
  for (const type of types)
    for (const tier of tierKeys)
      for (const value of bands)
        for (const available of [false, true])
          for (const soon of [false, true]) {
            const filters = { type, tier, value, available, soon };
            if (segmentsOf(filters).length === 0) continue;
            const found = items.filter((item) => matches(item, filters, now));
            if (found.length) out.push({ filters, items: found });
          }
  return out;
};
const facets = (items, current, tiers, now) => {
  const option = (label, next, isCurrent) => {
    const count = items.filter((item) => matches(item, next, now)).length;
    return { label, current: isCurrent, count, href: count > 0 || segmentsOf(next).length === 0 ? pathOf(next) : null };
  };
  const group = (name, key, choices) => ({
    name,
    options: [option("Any", { ...current, [key]: null }, current[key] === null), ...choices.map((c) => option(c.label, { ...current, [key]: c.value }, current[key] === c.value))]
  });
  return [
    group("Type", "type", Object.entries(ASSET_TYPES).filter(([value]) => items.some((i) => i.assetType === value)).map(([value, label]) => ({ value, label }))),
    group("Tier", "tier", tiers.filter((t) => items.some((i) => i.tier === t.key)).map((t) => ({ value: t.key, label: tierText(t) }))),
    group("Value", "value", VALUE_BANDS.map((b) => ({ value: b.key, label: b.label }))),
    { name: "Availability", options: [option("All", { ...current, available: false }, !current.available), option("Available now", { ...current, available: true }, current.available)] },
    { name: "Deadline", options: [option("Any time", { ...current, soon: false }, !current.soon), option(`Closing within ${SOON_DAYS} days`, { ...current, soon: true }, current.soon)] }
  ];
};
const money = (n) => `$${n.toLocaleString("en-CA")}`;
const tierText = (t) => `${t.label} (${t.max == null ? `${money(t.min)} and up` : `${money(t.min)}–${t.max.toLocaleString("en-CA")}`})`;
const describeFilters = (f, tiers) => [
  f.type ? ASSET_TYPES[f.type] : null,
  f.tier ? tiers.find((t) => t.key === f.tier)?.label ?? f.tier : null,
  f.value ? VALUE_BANDS.find((b) => b.key === f.value)?.label : null,
  f.available ? "available now" : null,
  f.soon ? `closing within ${SOON_DAYS} days` : null
].filter(Boolean).join(", ");

export { ASSET_TYPE as A, NO_FILTERS as N, isOpen as a, facets as b, closesSoon as c, describeFilters as d, filterCombinations as f, isAvailable as i, pathOf as p, segmentsOf as s, tierText as t };
