import { b as createAstro, c as createComponent, r as renderComponent, a as renderTemplate, m as maybeRenderHead, d as addAttribute } from '../../chunks/astro/server_CYDbQRlG.mjs';
import 'piccolore';
import { $ as $$Withdrawn, a as $$RichText } from '../../chunks/Withdrawn_X_2CYMj5.mjs';
import { $ as $$Page, s as snapshot, i as isWithdrawn, c as formatMoney, d as formatDate } from '../../chunks/Page_B9FR-VXI.mjs';
import { A as ASSET_LABELS, T as TIER_LABELS } from '../../chunks/labels_BTfmHvWk.mjs';
export { renderers } from '../../renderers.mjs';

const $$Astro = createAstro("http://127.0.0.1:4321");
function getStaticPaths() {
  return snapshot().packages.map((item) => ({ params: { slug: item.slug }, props: { item } }));
}
const $$slug = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$slug;
  const { item } = Astro2.props;
  return renderTemplate`${renderComponent($$result, "Page", $$Page, { "title": item.title, "section": "sponsorship", "description": item.summary }, { "default": ($$result2) => renderTemplate` ${maybeRenderHead()}<article> ${isWithdrawn(item) && renderTemplate`${renderComponent($$result2, "Withdrawn", $$Withdrawn, { "reason": item.withdrawalReason, "at": item.withdrawnAt })}`} <p class="meta">Sponsorship opportunity${item.assetType && ` \xB7 ${ASSET_LABELS[item.assetType] ?? item.assetType}`}</p> <h1>${item.title}</h1> <p class="lede">${item.summary}</p> <dl class="panel"> <dt>Tier</dt><dd>${TIER_LABELS[item.tier] ?? item.tier}</dd> <dt>Value</dt><dd>${formatMoney(item.value)}${item.valueMax ? ` to ${formatMoney(item.valueMax)}` : ""}</dd> <dt>Availability</dt><dd>${item.availableSlots > 0 ? `${item.availableSlots}${item.totalSlots ? ` of ${item.totalSlots}` : ""} available` : "Sold out"}</dd> <dt>Deadline</dt><dd><time${addAttribute(item.deadline, "datetime")}>${formatDate(item.deadline)}</time></dd> </dl> ${renderComponent($$result2, "RichText", $$RichText, { "content": item.body })} ${(item.benefits ?? []).length > 0 && renderTemplate`<section aria-labelledby="benefits"><h2 id="benefits">Benefits</h2><ul>${item.benefits.map((b) => renderTemplate`<li>${b.benefit}</li>`)}</ul></section>`} ${(item.audienceReach ?? []).length > 0 && renderTemplate`<section aria-labelledby="reach"><h2 id="reach">Audience reach</h2><ul>${item.audienceReach.map((r) => renderTemplate`<li>${r.channel}: ${r.figure.toLocaleString("en-CA")}${r.unit && ` ${r.unit}`}</li>`)}</ul></section>`} ${item.policyExclusions && renderTemplate`<section aria-labelledby="exclusions"><h2 id="exclusions">Who cannot sponsor</h2><p>${item.policyExclusions}</p></section>`} <section class="panel" aria-labelledby="ask"> <h2 id="ask">Ask about this opportunity</h2> <p>Email <a${addAttribute(`mailto:sponsorship@city.example?subject=${encodeURIComponent(`Sponsorship: ${item.title}`)}`, "href")}>sponsorship@city.example</a>. We answer within 3 business days.</p> </section> </article> ` })}`;
}, "/work/main/site/src/pages/sponsorship/[slug].astro", void 0);

const $$file = "/work/main/site/src/pages/sponsorship/[slug].astro";
const $$url = "/sponsorship/[slug]/";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$slug,
  file: $$file,
  getStaticPaths,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
