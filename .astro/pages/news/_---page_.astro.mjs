import { b as createAstro, c as createComponent, r as renderComponent, a as renderTemplate, m as maybeRenderHead } from '../../chunks/astro/server_CYDbQRlG.mjs';
import 'piccolore';
import { $ as $$ItemList } from '../../chunks/ItemList_Bh-zO3J1.mjs';
import { p as paginatePaths, $ as $$Pager } from '../../chunks/Pager_Ck9fSysh.mjs';
import { $ as $$Page, l as listed, s as snapshot } from '../../chunks/Page_pz-SQ4aL.mjs';
export { renderers } from '../../renderers.mjs';

const $$Astro = createAstro("http://127.0.0.1:4321");
function getStaticPaths() {
  return paginatePaths(listed(snapshot().releases), "/news/");
}
const $$ = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$;
  const { items, page, pages, base } = Astro2.props;
  const title = page > 1 ? `News releases, page ${page} of ${pages}` : "News releases";
  return renderTemplate`${renderComponent($$result, "Page", $$Page, { "title": title, "section": "news", "description": "Media releases from the City, newest first.", "feed": { href: "/feeds/news.xml", title: "news releases" } }, { "default": ($$result2) => renderTemplate` ${maybeRenderHead()}<h1>${title}</h1> <p>For journalists and residents. <a href="/feeds/news.xml">Follow by RSS</a> or <a href="/subscribe/">by email</a>.</p> ${renderComponent($$result2, "ItemList", $$ItemList, { "items": items, "base": "/news/", "empty": "No news releases yet." })} ${renderComponent($$result2, "Pager", $$Pager, { "page": page, "pages": pages, "base": base })} ` })}`;
}, "/work/main/site/src/pages/news/[...page].astro", void 0);

const $$file = "/work/main/site/src/pages/news/[...page].astro";
const $$url = "/news/[...page]/";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$,
  file: $$file,
  getStaticPaths,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
