import { b as createAstro, c as createComponent, m as maybeRenderHead, d as addAttribute, a as renderTemplate } from './astro/server_CYDbQRlG.mjs';
import 'piccolore';
import 'clsx';

const PER_PAGE = 25;
const pageHref = (base, n) => n <= 1 ? base : `${base}page/${n}/`;
const paginatePaths = (items, base, extraParams = {}, perPage = PER_PAGE) => {
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: pages }, (_, index) => {
    const page = index + 1;
    return {
      params: { ...extraParams, page: page === 1 ? void 0 : `page/${page}` },
      props: { items: items.slice(index * perPage, page * perPage), page, pages, base }
    };
  });
};

const $$Astro = createAstro("http://127.0.0.1:4321");
const $$Pager = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$Pager;
  const { page, pages, base } = Astro2.props;
  return renderTemplate`${pages > 1 && renderTemplate`${maybeRenderHead()}<nav class="pager" aria-label="Pages"><ul class="filters">${page > 1 && renderTemplate`<li><a${addAttribute(pageHref(base, page - 1), "href")} rel="prev">Previous page</a></li>`}<li>Page ${page} of ${pages}</li>${page < pages && renderTemplate`<li><a${addAttribute(pageHref(base, page + 1), "href")} rel="next">Next page</a></li>`}</ul></nav>`}`;
}, "/work/main/site/src/components/Pager.astro", void 0);

export { $$Pager as $, paginatePaths as p };
