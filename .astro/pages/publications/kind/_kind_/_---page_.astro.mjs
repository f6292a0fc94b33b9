import { b as createAstro, c as createComponent, r as renderComponent, a as renderTemplate, m as maybeRenderHead } from '../../../../chunks/astro/server_CYDbQRlG.mjs';
import 'piccolore';
import { $ as $$ItemList } from '../../../../chunks/ItemList_Bh-zO3J1.mjs';
import { $ as $$KindFilter } from '../../../../chunks/KindFilter_DkQ0oP69.mjs';
import { p as paginatePaths, $ as $$Pager } from '../../../../chunks/Pager_Ck9fSysh.mjs';
import { $ as $$Page, l as listed, s as snapshot } from '../../../../chunks/Page_pz-SQ4aL.mjs';
import { k as kindsPresent, P as PUBLICATION_KIND_LABELS } from '../../../../chunks/labels_C0N_7PEL.mjs';
export { renderers } from '../../../../renderers.mjs';

const $$Astro = createAstro("http://127.0.0.1:4321");
function getStaticPaths() {
  const publications = listed(snapshot().publications);
  return kindsPresent(publications).flatMap(
    (kind) => paginatePaths(publications.filter((p) => p.kind === kind), `/publications/kind/${kind}/`, { kind })
  );
}
const $$ = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$;
  const { items, page, pages, base } = Astro2.props;
  const { kind } = Astro2.params;
  const label = PUBLICATION_KIND_LABELS[kind] ?? kind;
  const title = page > 1 ? `Publications: ${label}, page ${page} of ${pages}` : `Publications: ${label}`;
  return renderTemplate`${renderComponent($$result, "Page", $$Page, { "title": title, "section": "publications", "feed": { href: "/feeds/publications.xml", title: "publications" } }, { "default": ($$result2) => renderTemplate` ${maybeRenderHead()}<h1>${title}</h1> ${renderComponent($$result2, "KindFilter", $$KindFilter, { "kinds": kindsPresent(listed(snapshot().publications)), "current": kind })} ${renderComponent($$result2, "ItemList", $$ItemList, { "items": items, "base": "/publications/", "empty": "None of this kind yet." })} ${renderComponent($$result2, "Pager", $$Pager, { "page": page, "pages": pages, "base": base })} ` })}`;
}, "/work/main/site/src/pages/publications/kind/[kind]/[...page].astro", void 0);

const $$file = "/work/main/site/src/pages/publications/kind/[kind]/[...page].astro";
const $$url = "/publications/kind/[kind]/[...page]/";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$,
  file: $$file,
  getStaticPaths,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
