import { c as createComponent, r as renderComponent, a as renderTemplate, m as maybeRenderHead } from '../../chunks/astro/server_CYDbQRlG.mjs';
import 'piccolore';
import { $ as $$Page } from '../../chunks/Page_pz-SQ4aL.mjs';
export { renderers } from '../../renderers.mjs';

const $$CheckYourEmail = createComponent(($$result, $$props, $$slots) => {
  return renderTemplate`${renderComponent($$result, "Page", $$Page, { "title": "Check your email", "section": "subscribe" }, { "default": ($$result2) => renderTemplate` ${maybeRenderHead()}<h1>Check your email</h1> <p>We sent you an email with a link. Select the link to confirm your subscription. Until you do, we send you nothing else.</p> <p>The link works for 7 days. If the email does not arrive in a few minutes, check your junk folder, or <a href="/subscribe/">try again</a>.</p> ` })}`;
}, "/work/main/site/src/pages/subscribe/check-your-email.astro", void 0);

const $$file = "/work/main/site/src/pages/subscribe/check-your-email.astro";
const $$url = "/subscribe/check-your-email/";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$CheckYourEmail,
  file: $$file,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
