import { b as createAstro, c as createComponent, r as renderComponent, a as renderTemplate, m as maybeRenderHead, d as addAttribute, F as Fragment } from '../../chunks/astro/server_CYDbQRlG.mjs';
import 'piccolore';
import { $ as $$Withdrawn, a as $$RichText } from '../../chunks/Withdrawn_Cj24mvHc.mjs';
import { p as publicDate, $ as $$Page, s as snapshot, i as isWithdrawn, d as formatDate, e as formatBytes } from '../../chunks/Page_pz-SQ4aL.mjs';
export { renderers } from '../../renderers.mjs';

const $$Astro = createAstro("http://127.0.0.1:4321");
function getStaticPaths() {
  return snapshot().releases.map((release) => ({ params: { slug: release.slug }, props: { release } }));
}
const $$slug = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$slug;
  const { release } = Astro2.props;
  const date = publicDate(release);
  return renderTemplate`${renderComponent($$result, "Page", $$Page, { "title": release.title, "section": "news", "description": release.summary, "feed": { href: "/feeds/news.xml", title: "news releases" } }, { "default": ($$result2) => renderTemplate` ${maybeRenderHead()}<article> ${isWithdrawn(release) && renderTemplate`${renderComponent($$result2, "Withdrawn", $$Withdrawn, { "reason": release.withdrawalReason, "at": release.withdrawnAt })}`} <p class="meta">News release · <time${addAttribute(date, "datetime")}>${formatDate(date)}</time></p> <h1>${release.title}</h1> <p class="lede">${release.dateline && renderTemplate`<strong>${release.dateline} – </strong>`}${release.summary}</p> ${renderComponent($$result2, "RichText", $$RichText, { "content": release.body })} ${(release.quotes ?? []).map((quote) => renderTemplate`<blockquote> <p>“${quote.quote}”</p> <footer>– ${quote.attribution}${quote.attributionRole && `, ${quote.attributionRole}`}</footer> </blockquote>`)} ${(release.relatedMedia ?? []).length > 0 && renderTemplate`<section aria-labelledby="media"> <h2 id="media">Photos and documents</h2> <ul> ${release.relatedMedia.map((file) => renderTemplate`<li><a${addAttribute(file.url, "href")}>${file.alt || file.filename}</a> (${file.mimeType === "application/pdf" ? "PDF" : "image"}, ${formatBytes(file.filesize)})</li>`)} </ul> </section>`} ${(release.contacts ?? []).length > 0 && renderTemplate`<section class="panel" aria-labelledby="contacts"> <h2 id="contacts">Media contacts</h2> <ul> ${release.contacts.map((contact) => renderTemplate`<li> ${contact.name}${contact.role && `, ${contact.role}`}${contact.department && `, ${contact.department}`} ${contact.phone && renderTemplate`${renderComponent($$result2, "Fragment", Fragment, {}, { "default": ($$result3) => renderTemplate`<br><a${addAttribute(`tel:${contact.phone.replace(/[^\d+]/g, "")}`, "href")}>${contact.phone}</a>` })}`} ${contact.email && renderTemplate`${renderComponent($$result2, "Fragment", Fragment, {}, { "default": ($$result3) => renderTemplate`<br><a${addAttribute(`mailto:${contact.email}`, "href")}>${contact.email}</a>` })}`} </li>`)} </ul> </section>`} </article> ` })}`;
}, "/work/main/site/src/pages/news/[slug].astro", void 0);

const $$file = "/work/main/site/src/pages/news/[slug].astro";
const $$url = "/news/[slug]/";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$slug,
  file: $$file,
  getStaticPaths,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
