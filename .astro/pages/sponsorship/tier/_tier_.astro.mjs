import { b as createAstro, c as createComponent, r as renderComponent, a as renderTemplate, m as maybeRenderHead } from '../../../chunks/astro/server_CYDbQRlG.mjs';
import 'piccolore';
import { $ as $$SponsorshipFilters, a as $$PackageList } from '../../../chunks/SponsorshipFilters_CTjpEq0e.mjs';
import { $ as $$Page, l as listed, s as snapshot } from '../../../chunks/Page_B9FR-VXI.mjs';
import { T as TIER_LABELS } from '../../../chunks/labels_BTfmHvWk.mjs';
export { renderers } from '../../../renderers.mjs';

const $$Astro = createAstro("http://127.0.0.1:4321");
function getStaticPaths() {
  const packages = listed(snapshot().packages);
  const tiers = Object.keys(TIER_LABELS).filter((tier) => packages.some((p) => p.tier === tier));
  return tiers.map((tier) => ({ params: { tier }, props: { tier, tiers, items: packages.filter((p) => p.tier === tier) } }));
}
const $$tier = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$tier;
  const { tier, tiers, items } = Astro2.props;
  return renderTemplate`${renderComponent($$result, "Page", $$Page, { "title": `Sponsorship: ${TIER_LABELS[tier] ?? tier}`, "section": "sponsorship" }, { "default": ($$result2) => renderTemplate` ${maybeRenderHead()}<h1>Sponsorship: ${TIER_LABELS[tier] ?? tier}</h1> ${renderComponent($$result2, "SponsorshipFilters", $$SponsorshipFilters, { "current": `/sponsorship/tier/${tier}/`, "tiers": tiers })} ${renderComponent($$result2, "PackageList", $$PackageList, { "items": items })} ` })}`;
}, "/work/main/site/src/pages/sponsorship/tier/[tier].astro", void 0);

const $$file = "/work/main/site/src/pages/sponsorship/tier/[tier].astro";
const $$url = "/sponsorship/tier/[tier]/";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$tier,
  file: $$file,
  getStaticPaths,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
