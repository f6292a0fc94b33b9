import { b as createAstro, c as createComponent, m as maybeRenderHead, a as renderTemplate, d as addAttribute } from './astro/server_CYDbQRlG.mjs';
import 'piccolore';
import 'clsx';
import { c as formatMoney, d as formatDate } from './Page_B9FR-VXI.mjs';
import { T as TIER_LABELS } from './labels_BTfmHvWk.mjs';

const $$Astro$1 = createAstro("http://127.0.0.1:4321");
const $$PackageList = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro$1, $$props, $$slots);
  Astro2.self = $$PackageList;
  const { items } = Astro2.props;
  return renderTemplate`${items.length === 0 ? renderTemplate`${maybeRenderHead()}<p>No opportunities match.</p>` : renderTemplate`<ul class="item-list">${items.map((item) => renderTemplate`<li><h2><a${addAttribute(`/sponsorship/${item.slug}/`, "href")}>${item.title}</a></h2><p class="meta">${TIER_LABELS[item.tier] ?? item.tier} · ${formatMoney(item.value)}${item.valueMax ? `\u2013${formatMoney(item.valueMax)}` : ""} ·
${item.availableSlots > 0 ? ` ${item.availableSlots} available` : " Sold out"} · apply by <time${addAttribute(item.deadline, "datetime")}>${formatDate(item.deadline)}</time></p><p>${item.summary}</p></li>`)}</ul>`}`;
}, "/work/main/site/src/components/PackageList.astro", void 0);

const $$Astro = createAstro("http://127.0.0.1:4321");
const $$SponsorshipFilters = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$SponsorshipFilters;
  const { current, tiers } = Astro2.props;
  const links = [
    { href: "/sponsorship/", label: "All" },
    { href: "/sponsorship/available/", label: "Available now" },
    ...tiers.map((tier) => ({ href: `/sponsorship/tier/${tier}/`, label: TIER_LABELS[tier] ?? tier }))
  ];
  return renderTemplate`${maybeRenderHead()}<nav aria-label="Filter sponsorship opportunities"> <ul class="filters"> ${links.map((link) => renderTemplate`<li><a${addAttribute(link.href, "href")}${addAttribute(link.href === current ? "page" : void 0, "aria-current")}>${link.label}</a></li>`)} </ul> </nav>`;
}, "/work/main/site/src/components/SponsorshipFilters.astro", void 0);

export { $$SponsorshipFilters as $, $$PackageList as a };
