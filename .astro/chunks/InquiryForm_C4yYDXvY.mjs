import { b as createAstro, c as createComponent, m as maybeRenderHead, d as addAttribute, a as renderTemplate } from './astro/server_CYDbQRlG.mjs';
import 'piccolore';
import 'clsx';

const $$Astro = createAstro("http://127.0.0.1:4321");
const $$InquiryForm = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$InquiryForm;
  const { item } = Astro2.props;
  const cmsUrl = process.env.CMS_URL || "http://127.0.0.1:3000";
  return renderTemplate`${maybeRenderHead()}<form method="post"${addAttribute(`${cmsUrl}/api/sponsor-inquiries/form`, "action")} class="inquiry-form"> ${item && renderTemplate`<input type="hidden" name="package"${addAttribute(String(item.id), "value")}>`} <label for="organisation">Organisation</label> <input id="organisation" name="organisation" type="text" autocomplete="organization" required maxlength="200"> <label for="contactName">Your name</label> <input id="contactName" name="contactName" type="text" autocomplete="name" required maxlength="120"> <label for="inquiry-email">Email address <span class="hint">We reply to this address.</span></label> <input id="inquiry-email" name="email" type="email" autocomplete="email" required> <label for="phone">Phone (optional) <span class="hint">For example, 519-555-0100</span></label> <input id="phone" name="phone" type="tel" autocomplete="tel"> <label for="message">Your question or proposal</label> <textarea id="message" name="message" rows="6" required maxlength="5000"></textarea> <label for="inquiry-language">Reply in</label> <select id="inquiry-language" name="language"> <option value="en">English</option> <option value="fr" lang="fr">Français</option> </select> <div class="hp"> <label for="homepage">Leave this field empty</label> <input id="homepage" name="homepage" type="text" tabindex="-1" autocomplete="off"> </div> <label class="checkbox"><input type="checkbox" name="consent" value="yes" required> I agree that the City may contact me by email or phone about this inquiry.</label> <p class="hint">We use your details only to answer this inquiry. A sponsorship coordinator will reply within 3 business days.</p> <button class="button" type="submit">Send inquiry</button> </form>`;
}, "/work/main/site/src/components/InquiryForm.astro", void 0);

export { $$InquiryForm as $ };
