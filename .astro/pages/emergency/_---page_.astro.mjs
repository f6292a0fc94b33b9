import { b as createAstro, c as createComponent, r as renderComponent, a as renderTemplate, m as maybeRenderHead, d as addAttribute } from '../../chunks/astro/server_CYDbQRlG.mjs';
import 'piccolore';
import { p as paginatePaths, $ as $$Pager } from '../../chunks/Pager_Ck9fSysh.mjs';
import { a as activeAlerts, b as builtAt, l as listed, s as snapshot, $ as $$Page, f as formatDateTime, p as publicDate } from '../../chunks/Page_pz-SQ4aL.mjs';
export { renderers } from '../../renderers.mjs';

const $$Astro = createAstro("http://127.0.0.1:4321");
function getStaticPaths() {
  const bulletins = listed(snapshot().bulletins);
  const activeIds = new Set(activeAlerts(bulletins, builtAt()).map((b) => b.id));
  return paginatePaths(bulletins.filter((b) => !activeIds.has(b.id)), "/emergency/");
}
const $$ = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$;
  const { items: past, page, pages, base } = Astro2.props;
  const active = page === 1 ? activeAlerts(listed(snapshot().bulletins), builtAt()) : [];
  return renderTemplate`${renderComponent($$result, "Page", $$Page, { "title": page > 1 ? `Emergency information, page ${page} of ${pages}` : "Emergency information", "section": "emergency", "description": "Emergency alerts in effect and past bulletins.", "feed": { href: "/feeds/emergency.xml", title: "emergency bulletins" } }, { "default": ($$result2) => renderTemplate` ${maybeRenderHead()}<h1>Emergency information${page > 1 && `, page ${page} of ${pages}`}</h1> <p>In an emergency, call 911. Follow <a href="/feeds/emergency.xml">the emergency feed</a> or <a href="/subscribe/">get alerts by email</a>.</p> ${page === 1 && renderTemplate`<h2>In effect now</h2>`}${page === 1 && (active.length === 0 ? renderTemplate`<p>There are no emergency alerts in effect.</p>` : renderTemplate`<ul class="item-list"> ${active.map((b) => renderTemplate`<li> <h3><a${addAttribute(`/emergency/${b.slug}/`, "href")}>${b.headline || b.title}</a></h3> <p class="meta">${b.severity} · ${b.areas.map((a) => a.areaDesc).join("; ")} · until ${formatDateTime(b.expires)}</p> ${b.instruction && renderTemplate`<p>${b.instruction}</p>`} </li>`)} </ul>`)}<h2>Past bulletins</h2> ${past.length === 0 ? renderTemplate`<p>No past bulletins.</p>` : renderTemplate`<ul class="item-list"> ${past.map((b) => renderTemplate`<li> <h3><a${addAttribute(`/emergency/${b.slug}/`, "href")}>${b.title}</a></h3> <p class="meta"><time${addAttribute(publicDate(b), "datetime")}>${formatDateTime(publicDate(b))}</time></p> </li>`)} </ul>`}${renderComponent($$result2, "Pager", $$Pager, { "page": page, "pages": pages, "base": base })} ` })}`;
}, "/work/main/site/src/pages/emergency/[...page].astro", void 0);

const $$file = "/work/main/site/src/pages/emergency/[...page].astro";
const $$url = "/emergency/[...page]/";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$,
  file: $$file,
  getStaticPaths,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
