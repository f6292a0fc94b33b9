import { b as createAstro, c as createComponent, r as renderComponent, a as renderTemplate, m as maybeRenderHead, d as addAttribute, F as Fragment } from '../../chunks/astro/server_CYDbQRlG.mjs';
import 'piccolore';
import { $ as $$InquiryForm } from '../../chunks/InquiryForm_C4yYDXvY.mjs';
import { $ as $$Withdrawn, a as $$RichText } from '../../chunks/Withdrawn_Cj24mvHc.mjs';
import { b as builtAt, s as snapshot, $ as $$Page, i as isWithdrawn, c as formatMoney, d as formatDate } from '../../chunks/Page_pz-SQ4aL.mjs';
import { a as isOpen, i as isAvailable, A as ASSET_TYPE, t as tierText, c as closesSoon } from '../../chunks/sponsorshipFilters_C7kggPYA.mjs';
export { renderers } from '../../renderers.mjs';

const $$Astro = createAstro("http://127.0.0.1:4321");
function getStaticPaths() {
  return snapshot().packages.map((item) => ({ params: { slug: item.slug }, props: { item } }));
}
const $$slug = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$slug;
  const { item } = Astro2.props;
  const now = builtAt();
  const tier = snapshot().sponsorship.tiers.find((t) => t.key === item.tier);
  const open = isOpen(item, now);
  const available = isAvailable(item, now);
  const imageOf = (file) => ({ src: file.sizes.card?.url ?? file.url, width: file.sizes.card?.width ?? file.width, height: file.sizes.card?.height ?? file.height, srcset: Object.values(file.sizes).map((s) => `${s.url} ${s.width}w`).join(", ") || void 0 });
  const images = (item.images ?? []).filter((file) => file.mimeType.startsWith("image/"));
  const sponsors = item.currentSponsors ?? [];
  return renderTemplate`${renderComponent($$result, "Page", $$Page, { "title": item.title, "section": "sponsorship", "description": item.summary }, { "default": ($$result2) => renderTemplate` ${maybeRenderHead()}<article> ${isWithdrawn(item) && renderTemplate`${renderComponent($$result2, "Withdrawn", $$Withdrawn, { "reason": item.withdrawalReason, "at": item.withdrawnAt })}`} <p class="meta">Sponsorship opportunity${item.assetType && ` \xB7 ${ASSET_TYPE[item.assetType] ?? item.assetType}`}</p> <h1>${item.title}</h1> <p class="lede">${item.summary}</p> <dl class="panel facts"> <dt>Tier</dt><dd>${tier ? tierText(tier) : item.tier}</dd> <dt>Value</dt><dd>${formatMoney(item.value)}${item.valueMax ? ` to ${formatMoney(item.valueMax)}` : ""}</dd> <dt>Availability</dt><dd>${!open ? "Closed: the deadline has passed" : item.availableSlots > 0 ? `${item.availableSlots} of ${item.totalSlots ?? item.availableSlots} ${item.totalSlots === 1 ? "place" : "places"} available` : "Sold out"}</dd> <dt>Deadline</dt><dd><time${addAttribute(item.deadline, "datetime")}>${formatDate(item.deadline)}</time>${closesSoon(item, now) && " (closing soon)"}</dd> </dl> ${images.length > 0 && renderTemplate`<div class="gallery"> ${images.map((file) => {
    const img = imageOf(file);
    return renderTemplate`<img${addAttribute(img.src, "src")}${addAttribute(img.srcset, "srcset")} sizes="(min-width: 48rem) 22rem, 100vw"${addAttribute(file.alt, "alt")}${addAttribute(img.width, "width")}${addAttribute(img.height, "height")} decoding="async" loading="lazy">`;
  })} </div>`} ${renderComponent($$result2, "RichText", $$RichText, { "content": item.body })} ${(item.benefits ?? []).length > 0 && renderTemplate`<section aria-labelledby="benefits"><h2 id="benefits">Benefits</h2><ul>${item.benefits.map((b) => renderTemplate`<li>${b.benefit}</li>`)}</ul></section>`} ${(item.audienceReach ?? []).length > 0 && renderTemplate`<section aria-labelledby="reach"><h2 id="reach">Audience reach</h2><ul>${item.audienceReach.map((r) => renderTemplate`<li>${r.channel}: ${r.figure.toLocaleString("en-CA")}${r.unit && ` ${r.unit}`}</li>`)}</ul></section>`} ${sponsors.length > 0 && renderTemplate`<section aria-labelledby="sponsors"> <h2 id="sponsors">Current sponsors</h2> <ul class="sponsors"> ${sponsors.map((sponsor) => {
    const logo = sponsor.logo ? renderTemplate`<img${addAttribute(sponsor.logo.sizes.thumbnail?.url ?? sponsor.logo.url, "src")}${addAttribute(sponsor.logo.alt || sponsor.name, "alt")}${addAttribute(sponsor.logo.sizes.thumbnail?.width ?? sponsor.logo.width, "width")}${addAttribute(sponsor.logo.sizes.thumbnail?.height ?? sponsor.logo.height, "height")} loading="lazy">` : null;
    return renderTemplate`<li>${sponsor.url ? renderTemplate`<a${addAttribute(sponsor.url, "href")} rel="noopener noreferrer">${logo}<span>${sponsor.name}</span></a>` : renderTemplate`${renderComponent($$result2, "Fragment", Fragment, {}, { "default": ($$result3) => renderTemplate`${logo}<span>${sponsor.name}</span>` })}`}</li>`;
  })} </ul> </section>`} ${item.policyExclusions && renderTemplate`<section aria-labelledby="exclusions"><h2 id="exclusions">Who cannot sponsor</h2><p>${item.policyExclusions}</p></section>`} <section class="panel" aria-labelledby="ask"> <h2 id="ask">Ask about this opportunity</h2> ${isWithdrawn(item) ? renderTemplate`<p>This opportunity is no longer offered. <a href="/sponsorship/">See current opportunities</a>.</p>` : available ? renderTemplate`${renderComponent($$result2, "Fragment", Fragment, {}, { "default": ($$result3) => renderTemplate`<p>Send us your questions or your proposal. A sponsorship coordinator will reply within 3 business days.</p>${renderComponent($$result3, "InquiryForm", $$InquiryForm, { "item": item })}` })}` : renderTemplate`<p>${open ? "This opportunity is sold out." : "The deadline for this opportunity has passed."} <a href="/sponsorship/inquire/">Ask us about similar opportunities</a> or <a href="/sponsorship/browse/available/">see what is available now</a>.</p>`} </section> </article> ` })}`;
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
