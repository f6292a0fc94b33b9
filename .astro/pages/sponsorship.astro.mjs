import { c as createComponent, r as renderComponent, a as renderTemplate, m as maybeRenderHead } from '../chunks/astro/server_CYDbQRlG.mjs';
import 'piccolore';
import { $ as $$SponsorshipFilters, a as $$PackageList } from '../chunks/SponsorshipFilters_CTjpEq0e.mjs';
import { l as listed, s as snapshot, $ as $$Page } from '../chunks/Page_B9FR-VXI.mjs';
import { T as TIER_LABELS } from '../chunks/labels_BTfmHvWk.mjs';
export { renderers } from '../renderers.mjs';

const $$Index = createComponent(($$result, $$props, $$slots) => {
  const packages = listed(snapshot().packages);
  const tiers = Object.keys(TIER_LABELS).filter((tier) => packages.some((p) => p.tier === tier));
  return renderTemplate`${renderComponent($$result, "Page", $$Page, { "title": "Sponsorship opportunities", "section": "sponsorship", "description": "Sponsor City events, programs and facilities.", "feed": { href: "/feeds/sponsorship.xml", title: "sponsorship opportunities" } }, { "default": ($$result2) => renderTemplate` ${maybeRenderHead()}<h1>Sponsorship opportunities</h1> <p>Support the City's events, programs and facilities. Each opportunity lists its benefits, audience and deadline.</p> ${renderComponent($$result2, "SponsorshipFilters", $$SponsorshipFilters, { "current": "/sponsorship/", "tiers": tiers })} ${renderComponent($$result2, "PackageList", $$PackageList, { "items": packages })} ` })}`;
}, "/work/main/site/src/pages/sponsorship/index.astro", void 0);

const $$file = "/work/main/site/src/pages/sponsorship/index.astro";
const $$url = "/sponsorship/";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$Index,
  file: $$file,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
