import { c as createComponent, r as renderComponent, a as renderTemplate, m as maybeRenderHead } from '../chunks/astro/server_CYDbQRlG.mjs';
import 'piccolore';
import { $ as $$SponsorshipBrowse } from '../chunks/SponsorshipBrowse_rVcXiL7Z.mjs';
import { s as snapshot, b as builtAt, l as listed, $ as $$Page } from '../chunks/Page_pz-SQ4aL.mjs';
import { N as NO_FILTERS, b as facets } from '../chunks/sponsorshipFilters_C7kggPYA.mjs';
export { renderers } from '../renderers.mjs';

const $$Index = createComponent(($$result, $$props, $$slots) => {
  const data = snapshot();
  const now = builtAt();
  const packages = listed(data.packages);
  const tiers = data.sponsorship.tiers;
  return renderTemplate`${renderComponent($$result, "Page", $$Page, { "title": "Sponsorship opportunities", "section": "sponsorship", "description": "Sponsor City events, programs and facilities.", "feed": { href: "/feeds/sponsorship.xml", title: "sponsorship opportunities" } }, { "default": ($$result2) => renderTemplate` ${maybeRenderHead()}<h1>Sponsorship opportunities</h1> <p>Support the City's events, programs and facilities. Each opportunity lists its benefits, audience, availability and deadline, and you can ask about it on its page. We reply within 3 business days.</p> ${renderComponent($$result2, "SponsorshipBrowse", $$SponsorshipBrowse, { "filters": NO_FILTERS, "items": packages, "facets": facets(packages, NO_FILTERS, tiers, now), "tiers": tiers, "now": now })} <section class="panel" aria-labelledby="policy"> <h2 id="policy">Who can sponsor</h2> <p>The City's sponsorship policy does not accept sponsors from these sectors${data.sponsorship.excludedSectors.length ? ":" : "."}</p> ${data.sponsorship.excludedSectors.length > 0 && renderTemplate`<ul>${data.sponsorship.excludedSectors.map((sector) => renderTemplate`<li>${sector}</li>`)}</ul>`} <p>Not sure which opportunity suits you? <a href="/sponsorship/inquire/">Send us a general inquiry</a>.</p> </section> ` })}`;
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
