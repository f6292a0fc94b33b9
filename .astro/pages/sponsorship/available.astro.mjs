import { c as createComponent, r as renderComponent, a as renderTemplate, m as maybeRenderHead } from '../../chunks/astro/server_CYDbQRlG.mjs';
import 'piccolore';
import { $ as $$SponsorshipFilters, a as $$PackageList } from '../../chunks/SponsorshipFilters_CTjpEq0e.mjs';
import { l as listed, s as snapshot, $ as $$Page } from '../../chunks/Page_B9FR-VXI.mjs';
import { T as TIER_LABELS } from '../../chunks/labels_BTfmHvWk.mjs';
export { renderers } from '../../renderers.mjs';

const $$Available = createComponent(($$result, $$props, $$slots) => {
  const packages = listed(snapshot().packages);
  const tiers = Object.keys(TIER_LABELS).filter((tier) => packages.some((p) => p.tier === tier));
  return renderTemplate`${renderComponent($$result, "Page", $$Page, { "title": "Sponsorship opportunities available now", "section": "sponsorship" }, { "default": ($$result2) => renderTemplate` ${maybeRenderHead()}<h1>Sponsorship opportunities available now</h1> ${renderComponent($$result2, "SponsorshipFilters", $$SponsorshipFilters, { "current": "/sponsorship/available/", "tiers": tiers })} ${renderComponent($$result2, "PackageList", $$PackageList, { "items": packages.filter((p) => p.availableSlots > 0) })} ` })}`;
}, "/work/main/site/src/pages/sponsorship/available.astro", void 0);

const $$file = "/work/main/site/src/pages/sponsorship/available.astro";
const $$url = "/sponsorship/available/";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$Available,
  file: $$file,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
