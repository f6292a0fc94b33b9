import { c as createComponent, r as renderComponent, a as renderTemplate, m as maybeRenderHead, d as addAttribute } from '../chunks/astro/server_CYDbQRlG.mjs';
import 'piccolore';
import { $ as $$Page } from '../chunks/Page_pz-SQ4aL.mjs';
export { renderers } from '../renderers.mjs';

const $$Index = createComponent(($$result, $$props, $$slots) => {
  const cmsUrl = process.env.CMS_URL || "http://127.0.0.1:3000";
  const topics = [
    { value: "emergency", label: "Emergency alerts" },
    { value: "news", label: "News releases" },
    { value: "publications", label: "New publications" },
    { value: "sponsorship", label: "Sponsorship opportunities" }
  ];
  return renderTemplate`${renderComponent($$result, "Page", $$Page, { "title": "Get alerts by email", "section": "subscribe", "description": "Choose what the City emails you about." }, { "default": ($$result2) => renderTemplate` ${maybeRenderHead()}<h1>Get alerts by email</h1> <p>Choose what you want to hear about. We send a confirmation email first; nothing else is sent until you confirm. Every email has a link to change your choices or unsubscribe.</p> <form method="post"${addAttribute(`${cmsUrl}/api/subscriptions`, "action")}> <input type="hidden" name="source" value="/subscribe/"> <label for="email">Email address <span class="hint">For example, name@example.com</span></label> <input id="email" name="email" type="email" autocomplete="email" required> <fieldset> <legend>Topics</legend> ${topics.map((topic) => renderTemplate`<label class="checkbox"><input type="checkbox" name="topics"${addAttribute(topic.value, "value")}${addAttribute(topic.value === "emergency", "checked")}> ${topic.label}</label>`)} </fieldset> <label for="language">Language</label> <select id="language" name="language"> <option value="en">English</option> <option value="fr" lang="fr">Français</option> </select> <p>By subscribing you ask the City to email you about these topics. You can unsubscribe at any time with the link in every email. We keep your address only for these emails.</p> <button class="button" type="submit">Subscribe</button> </form> ` })}`;
}, "/work/main/site/src/pages/subscribe/index.astro", void 0);

const $$file = "/work/main/site/src/pages/subscribe/index.astro";
const $$url = "/subscribe/";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$Index,
  file: $$file,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
