import { b as createAstro, c as createComponent, r as renderComponent, a as renderTemplate, m as maybeRenderHead, d as addAttribute } from '../../chunks/astro/server_CYDbQRlG.mjs';
import 'piccolore';
import { $ as $$Withdrawn, a as $$RichText } from '../../chunks/Withdrawn_Cj24mvHc.mjs';
import { a as activeAlerts, b as builtAt, s as snapshot, $ as $$Page, i as isWithdrawn, p as publicDate, f as formatDateTime } from '../../chunks/Page_pz-SQ4aL.mjs';
export { renderers } from '../../renderers.mjs';

const $$Astro = createAstro("http://127.0.0.1:4321");
function getStaticPaths() {
  return snapshot().bulletins.map((bulletin) => ({ params: { slug: bulletin.slug }, props: { bulletin } }));
}
const $$slug = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$slug;
  const { bulletin } = Astro2.props;
  const inForce = activeAlerts(snapshot().bulletins, builtAt()).some((b) => b.id === bulletin.id);
  return renderTemplate`${renderComponent($$result, "Page", $$Page, { "title": bulletin.title, "section": "emergency", "description": bulletin.summary, "feed": { href: "/feeds/emergency.xml", title: "emergency bulletins" } }, { "default": ($$result2) => renderTemplate` ${maybeRenderHead()}<article> ${isWithdrawn(bulletin) && renderTemplate`${renderComponent($$result2, "Withdrawn", $$Withdrawn, { "reason": bulletin.withdrawalReason, "at": bulletin.withdrawnAt })}`} <p class="meta">${inForce ? "In effect" : "No longer in effect"} · ${bulletin.event} · issued <time${addAttribute(publicDate(bulletin), "datetime")}>${formatDateTime(publicDate(bulletin))}</time></p> <h1>${bulletin.headline || bulletin.title}</h1> ${bulletin.instruction && renderTemplate`<div class="notice" role="note"><h2>What to do</h2><p>${bulletin.instruction}</p></div>`} <p class="lede">${bulletin.summary}</p> <dl class="panel"> <dt>Areas</dt><dd>${bulletin.areas.map((a) => a.areaDesc).join("; ")}</dd> <dt>Severity</dt><dd>${bulletin.severity}</dd> <dt>Urgency</dt><dd>${bulletin.urgency}</dd> <dt>Expires</dt><dd><time${addAttribute(bulletin.expires, "datetime")}>${formatDateTime(bulletin.expires)}</time></dd> </dl> ${renderComponent($$result2, "RichText", $$RichText, { "content": bulletin.body })} </article> ` })}`;
}, "/work/main/site/src/pages/emergency/[slug].astro", void 0);

const $$file = "/work/main/site/src/pages/emergency/[slug].astro";
const $$url = "/emergency/[slug]/";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$slug,
  file: $$file,
  getStaticPaths,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
