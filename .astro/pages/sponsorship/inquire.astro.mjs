import { c as createComponent, r as renderComponent, a as renderTemplate, m as maybeRenderHead } from '../../chunks/astro/server_CYDbQRlG.mjs';
import 'piccolore';
import { $ as $$InquiryForm } from '../../chunks/InquiryForm_C4yYDXvY.mjs';
import { $ as $$Page } from '../../chunks/Page_pz-SQ4aL.mjs';
export { renderers } from '../../renderers.mjs';

const $$Inquire = createComponent(($$result, $$props, $$slots) => {
  return renderTemplate`${renderComponent($$result, "Page", $$Page, { "title": "Ask about sponsorship", "section": "sponsorship", "description": "Ask the City about sponsoring an event, program or facility." }, { "default": ($$result2) => renderTemplate` ${maybeRenderHead()}<h1>Ask about sponsorship</h1> <p>Tell us what you would like to support, or ask about an opportunity that is not listed. A sponsorship coordinator replies within 3 business days.</p> ${renderComponent($$result2, "InquiryForm", $$InquiryForm, {})} ` })}`;
}, "/work/main/site/src/pages/sponsorship/inquire.astro", void 0);

const $$file = "/work/main/site/src/pages/sponsorship/inquire.astro";
const $$url = "/sponsorship/inquire/";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$Inquire,
  file: $$file,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
