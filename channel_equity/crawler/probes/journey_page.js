// What the citizen's journey (journey.py) reads on a page, as plain JSON: its headings, text,
// the links and buttons a citizen could press, the site-search fields with the buttons beside
// them, a choice prompt ("请选择办理区县") with the options after it, password fields and CAPTCHAs.
// Only visible elements count. The page is read, never run: nothing here evaluates page text.
// The one change made to the page: every element the walker may press is stamped with
// data-ce-journey="<stamp>-<n>", so that Python can click the one it chose.
({stamp, choiceWords}) => {
  const ATTRIBUTE = "data-ce-journey";
  const visible = (el) => {
    const style = window.getComputedStyle(el);
    if (style.visibility === "hidden" || style.display === "none" || Number(style.opacity) === 0) return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const squash = (text) => String(text || "").replace(/\s+/g, " ").trim();
  const fold = (text) => squash(text).normalize("NFKC").replace(/\s+/g, "").toLowerCase();
  const attr = (el, name) => el.getAttribute(name) || "";
  const classOf = (el) => (typeof el.className === "string" ? el.className : attr(el, "class"));
  let counter = 0;
  const marks = new Map();
  const markOf = (el) => {
    if (!marks.has(el)) {
      marks.set(el, `${stamp}-${counter++}`);
      el.setAttribute(ATTRIBUTE, marks.get(el));
    }
    return marks.get(el);
  };
  const CLICKABLE = "a[href], button, input[type=button], input[type=submit], input[type=image], [onclick], "
    + "[role=button], [role=link]";
  const label = (el) => squash(el.tagName === "INPUT" ? (el.value || attr(el, "alt")) : el.innerText).slice(0, 200);
  const hint = (el) => {
    const image = el.querySelector ? el.querySelector("img[alt]") : null;
    return squash([attr(el, "title"), attr(el, "aria-label"), image ? attr(image, "alt") : ""].join(" ")).slice(0, 200);
  };
  const describe = (el) => ({mark: markOf(el), text: label(el), title: hint(el),
    href: el.tagName === "A" ? el.href : ""});
  const clickables = Array.from(document.querySelectorAll(CLICKABLE)).filter(visible).slice(0, 800);

  const ancestor = (el, levels) => {
    let at = el;
    for (let i = 0; i < levels && at.parentElement && at.parentElement !== document.body; i++) at = at.parentElement;
    return at;
  };
  const TEXT_TYPES = ["", "text", "search"];
  const textInputs = (root) => Array.from(root.querySelectorAll("input")).filter((el) =>
    TEXT_TYPES.includes(attr(el, "type").toLowerCase()) && !el.disabled && !el.readOnly && visible(el));
  const isSubmit = (el) => (el.tagName === "BUTTON" && ["", "submit"].includes(attr(el, "type").toLowerCase()))
    || (el.tagName === "INPUT" && ["submit", "image"].includes(attr(el, "type").toLowerCase()));
  const buttonWords = (el) => squash([label(el), hint(el), attr(el, "value"), classOf(el), el.id].join(" ")).slice(0, 200);
  const fields = textInputs(document).map((el) => {
    const group = el.form || ancestor(el, 3);
    if (group.querySelector("input[type=password]")) return null; // a login form's user name
    const labels = Array.from(el.labels || []).map((one) => squash(one.innerText)).join(" ");
    const cues = squash([attr(el, "name"), el.id, attr(el, "placeholder"), classOf(el), attr(el, "aria-label"),
      attr(el, "title"), labels].join(" ")).slice(0, 300);
    const buttons = Array.from(group.querySelectorAll(CLICKABLE)).filter((b) => b !== el && visible(b)).slice(0, 12)
      .map((b) => ({mark: markOf(b), words: buttonWords(b), submit: Boolean(el.form) && isSubmit(b)}));
    return {mark: markOf(el), cues, in_form: Boolean(el.form), text_inputs: textInputs(group).length, buttons};
  }).filter(Boolean).slice(0, 20);

  const choice = (() => {
    const words = (choiceWords || []).map(fold).filter(Boolean);
    const prompts = Array.from(document.querySelectorAll("h1, h2, h3, h4, h5, h6, p, legend, label, span, strong, b, "
      + "div, th, dt, caption")).filter((el) => {
      if ((el.textContent || "").length > 400) return false; // cheap first: innerText lays the page out
      const text = fold(el.innerText);
      return text.length > 0 && text.length <= 40 && words.some((word) => text.includes(word)) && visible(el);
    });
    for (const prompt of prompts) {
      const after = clickables.filter((el) => !el.contains(prompt)
        && (prompt.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING));
      let box = prompt.parentElement;
      let options = [];
      while (box) {
        options = after.filter((el) => box.contains(el));
        if (options.length >= 2 || box === document.body) break;
        box = box.parentElement;
      }
      options = options.filter((el) => !options.some((other) => other !== el && el.contains(other))); // the innermost
      if (options.length >= 1) return {prompt: squash(prompt.innerText).slice(0, 120), options: options.slice(0, 30).map(describe)};
    }
    return null;
  })();

  const CAPTCHA = /captcha|yzm|checkcode|validatecode|verifycode|verifyimg|vcode|验证码|校验码/i;
  const QR = /qr|ewm|erweima|二维码|扫码|扫一扫/i;
  const imageWords = (el) => [attr(el, "alt"), attr(el, "src"), el.id, classOf(el), attr(el, "title"), attr(el, "name")].join(" ");
  const images = Array.from(document.querySelectorAll("img, canvas")).filter(visible);
  const sliders = Array.from(document.querySelectorAll("[class*=slider], [class*=slide-verify], [class*=nc_], "
    + "[id*=slider], [class*=drag-verify]")).filter((el) => visible(el)
    && /slide|slider|滑块|拖动|drag/i.test([classOf(el), el.id, el.innerText].join(" ")));
  const smsFields = textInputs(document).concat(Array.from(document.querySelectorAll("input[type=tel], input[type=number]"))
    .filter(visible)).filter((el) => /短信|sms|手机验证码|动态码|动态验证码/i.test(
    [attr(el, "name"), el.id, attr(el, "placeholder"), Array.from(el.labels || []).map((one) => one.innerText).join(" ")].join(" ")));
  const smsButtons = clickables.filter((el) => /(获取|发送).{0,4}(短信|验证码|动态码)/.test(label(el)));
  const captchas = [];
  if (images.some((el) => CAPTCHA.test(imageWords(el)) && !QR.test(imageWords(el)))) captchas.push("image");
  if (sliders.length) captchas.push("slider");
  if (smsFields.length || smsButtons.length) captchas.push("sms");

  const headings = Array.from(document.querySelectorAll("h1, h2, h3")).filter(visible).slice(0, 8)
    .concat(Array.from(document.querySelectorAll("[class*=title], [id*=title]")).filter(visible).slice(0, 8))
    .map((el) => squash(el.innerText).slice(0, 200)).filter(Boolean);
  return {
    url: location.href,
    title: squash(document.title).slice(0, 200),
    headings,
    text: document.body ? squash(document.body.innerText).slice(0, 20000) : "",
    passwords: Array.from(document.querySelectorAll("input[type=password]")).filter(visible).length,
    clickables: clickables.slice(0, 400).map(describe),
    fields,
    choice,
    captchas,
  };
}
