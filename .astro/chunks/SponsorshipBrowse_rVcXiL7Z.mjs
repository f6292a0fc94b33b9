import { b as createAstro, c as createComponent, m as maybeRenderHead, a as renderTemplate, r as renderComponent, d as addAttribute, F as Fragment } from './astro/server_CYDbQRlG.mjs';
import 'piccolore';
import { c as formatMoney, d as formatDate } from './Page_pz-SQ4aL.mjs';
import { A as ASSET_TYPE, i as isAvailable, a as isOpen, c as closesSoon, t as tierText, d as describeFilters, p as pathOf } from './sponsorshipFilters_C7kggPYA.mjs';

const $$Astro$1 = createAstro("http://127.0.0.1:4321");
const $$PackageList = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro$1, $$props, $$slots);
  Astro2.self = $$PackageList;
  const { items, tiers, now, headingLevel = 3 } = Astro2.props;
  const Heading = `h${headingLevel}`;
  const tierOf = (key) => {
    const tier = tiers.find((t) => t.key === key);
    return tier ? tierText(tier) : key;
  };
  const availability = (item) => !isOpen(item, now) ? "Closed" : item.availableSlots > 0 ? `${item.availableSlots} of ${item.totalSlots ?? item.availableSlots} available` : "Sold out";
  return renderTemplate`${items.length === 0 ? renderTemplate`${maybeRenderHead()}<p>No opportunities match.</p>` : renderTemplate`<ul class="item-list">${items.map((item) => renderTemplate`<li>${renderComponent($$result, "Heading", Heading, {}, { "default": ($$result2) => renderTemplate`<a${addAttribute(`/sponsorship/${item.slug}/`, "href")}>${item.title}</a>` })}<p class="meta">${item.assetType ? `${ASSET_TYPE[item.assetType] ?? item.assetType} \xB7 ` : ""}${tierOf(item.tier)} · ${formatMoney(item.value)}${item.valueMax ? `\u2013${formatMoney(item.valueMax)}` : ""}</p><p class="meta"><span${addAttribute(isAvailable(item, now) ? "tag tag--open" : "tag tag--closed", "class")}>${availability(item)}</span>${isOpen(item, now) && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result2) => renderTemplate` · apply by <time${addAttribute(item.deadline, "datetime")}>${formatDate(item.deadline)}</time>` })}`}${closesSoon(item, now) && renderTemplate`<span class="tag tag--soon"> Closing soon</span>`}</p><p>${item.summary}</p></li>`)}</ul>`}`;
}, "/work/main/site/src/components/PackageList.astro", void 0);

const $$Astro = createAstro("http://127.0.0.1:4321");
const $$SponsorshipBrowse = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$SponsorshipBrowse;
  const { filters, items, facets, tiers, now } = Astro2.props;
  const described = describeFilters(filters, tiers);
  const filtered = pathOf(filters) !== "/sponsorship/";
  return renderTemplate`${maybeRenderHead()}<p role="status" class="result-summary"> <strong>${items.length} ${items.length === 1 ? "opportunity" : "opportunities"}</strong>${described ? `: ${described}.` : "."} ${filtered && renderTemplate`<a href="/sponsorship/">Clear all filters</a>`} </p> <div class="browse"> <nav aria-labelledby="filter-title" class="facets"> <h2 id="filter-title">Filter</h2> ${facets.map((facet) => renderTemplate`<section${addAttribute(facet.name, "aria-label")}> <h3>${facet.name}</h3> <ul> ${facet.options.map((option) => renderTemplate`<li> ${option.current ? renderTemplate`<a${addAttribute(option.href ?? "#", "href")} aria-current="page"><strong>${option.label}</strong> <span class="count">(${option.count})</span></a>` : option.href ? renderTemplate`<a${addAttribute(option.href, "href")}>${option.label} <span class="count">(${option.count})</span></a>` : renderTemplate`<span class="unavailable">${option.label} <span class="count">(0)</span></span>`} </li>`)} </ul> </section>`)} </nav> <div class="results"> <h2 class="visually-hidden">Opportunities</h2> ${renderComponent($$result, "PackageList", $$PackageList, { "items": items, "tiers": tiers, "now": now })} </div> </div>`;
}, "/work/main/site/src/components/SponsorshipBrowse.astro", void 0);

export { $$SponsorshipBrowse as $ };
