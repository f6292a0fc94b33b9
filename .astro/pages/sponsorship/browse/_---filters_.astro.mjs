import { b as createAstro, c as createComponent, r as renderComponent, a as renderTemplate, m as maybeRenderHead } from '../../../chunks/astro/server_CYDbQRlG.mjs';
import 'piccolore';
import { $ as $$SponsorshipBrowse } from '../../../chunks/SponsorshipBrowse_rVcXiL7Z.mjs';
import { s as snapshot, b as builtAt, $ as $$Page, l as listed } from '../../../chunks/Page_pz-SQ4aL.mjs';
import { d as describeFilters, f as filterCombinations, s as segmentsOf, b as facets } from '../../../chunks/sponsorshipFilters_C7kggPYA.mjs';
export { renderers } from '../../../renderers.mjs';

const $$Astro = createAstro("http://127.0.0.1:4321");
function getStaticPaths() {
  const data = snapshot();
  const packages = listed(data.packages);
  return filterCombinations(packages, data.sponsorship.tiers, builtAt()).map(({ filters, items }) => ({ params: { filters: segmentsOf(filters).join("/") }, props: { filters, items, all: packages } }));
}
const $$ = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$;
  const { filters, items, all } = Astro2.props;
  const tiers = snapshot().sponsorship.tiers;
  const now = builtAt();
  const described = describeFilters(filters, tiers);
  return renderTemplate`${renderComponent($$result, "Page", $$Page, { "title": `Sponsorship opportunities: ${described}`, "section": "sponsorship", "description": `Sponsorship opportunities: ${described}.` }, { "default": ($$result2) => renderTemplate` ${maybeRenderHead()}<h1>Sponsorship opportunities</h1> ${renderComponent($$result2, "SponsorshipBrowse", $$SponsorshipBrowse, { "filters": filters, "items": items, "facets": facets(all, filters, tiers, now), "tiers": tiers, "now": now })} ` })}`;
}, "/work/main/site/src/pages/sponsorship/browse/[...filters].astro", void 0);

const $$file = "/work/main/site/src/pages/sponsorship/browse/[...filters].astro";
const $$url = "/sponsorship/browse/[...filters]/";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$,
  file: $$file,
  getStaticPaths,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
