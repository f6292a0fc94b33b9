import { c as createComponent, r as renderComponent, a as renderTemplate, m as maybeRenderHead, d as addAttribute } from '../chunks/astro/server_CYDbQRlG.mjs';
import 'piccolore';
import { $ as $$ItemList } from '../chunks/ItemList_Bh-zO3J1.mjs';
import { s as snapshot, l as listed, b as builtAt, $ as $$Page, c as formatMoney } from '../chunks/Page_pz-SQ4aL.mjs';
import { i as isAvailable } from '../chunks/sponsorshipFilters_C7kggPYA.mjs';
export { renderers } from '../renderers.mjs';

const $$Index = createComponent(($$result, $$props, $$slots) => {
  const data = snapshot();
  const news = listed(data.releases).slice(0, 5);
  const publications = listed(data.publications).slice(0, 3);
  const open = listed(data.packages).filter((item) => isAvailable(item, builtAt())).slice(0, 3);
  return renderTemplate`${renderComponent($$result, "Page", $$Page, { "title": "Home", "section": "home", "description": "News, publications, emergency information and sponsorship opportunities from the City.", "feed": { href: "/feeds/news.xml", title: "news" } }, { "default": ($$result2) => renderTemplate` ${maybeRenderHead()}<h1>News and information from the City</h1> <p class="lede">Official news releases, publications and emergency information. Sign up to get alerts by email.</p> <div class="grid"> <section aria-labelledby="latest-news"> <h2 id="latest-news">Latest news</h2> ${renderComponent($$result2, "ItemList", $$ItemList, { "items": news, "base": "/news/", "empty": "No news yet.", "headingLevel": 3 })} <p><a href="/news/">All news releases</a></p> </section> <section aria-labelledby="featured-publications"> <h2 id="featured-publications">Publications</h2> ${renderComponent($$result2, "ItemList", $$ItemList, { "items": publications, "base": "/publications/", "empty": "No publications yet.", "headingLevel": 3 })} <p><a href="/publications/">All publications</a></p> </section> </div> <section class="panel" aria-labelledby="sponsor"> <h2 id="sponsor">Sponsor a City event or program</h2> ${open.length > 0 ? renderTemplate`<ul> ${open.map((item) => renderTemplate`<li><a${addAttribute(`/sponsorship/${item.slug}/`, "href")}>${item.title}</a> (from ${formatMoney(item.value)})</li>`)} </ul>` : renderTemplate`<p>There are no open opportunities at the moment.</p>`} <p><a href="/sponsorship/">Browse sponsorship opportunities</a></p> </section> ` })}`;
}, "/work/main/site/src/pages/index.astro", void 0);

const $$file = "/work/main/site/src/pages/index.astro";
const $$url = "";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$Index,
  file: $$file,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
