import { c as createComponent, r as renderComponent, a as renderTemplate, m as maybeRenderHead } from '../chunks/astro/server_CYDbQRlG.mjs';
import 'piccolore';
import { $ as $$Page } from '../chunks/Page_pz-SQ4aL.mjs';
export { renderers } from '../renderers.mjs';

const $$404 = createComponent(($$result, $$props, $$slots) => {
  return renderTemplate`${renderComponent($$result, "Page", $$Page, { "title": "Page not found" }, { "default": ($$result2) => renderTemplate` ${maybeRenderHead()}<h1>Page not found</h1> <p>If you typed the address, check it is correct. If you followed a link, the page may have been moved or removed.</p> <p>Go to the <a href="/">home page</a>, <a href="/news/">news</a> or <a href="/emergency/">emergency information</a>.</p> ` })}`;
}, "/work/main/site/src/pages/404.astro", void 0);

const $$file = "/work/main/site/src/pages/404.astro";
const $$url = "/404/";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$404,
  file: $$file,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
