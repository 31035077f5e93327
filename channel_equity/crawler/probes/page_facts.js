// What a citizen's browser shows, read from the DOM as rendered: the structure the probe rules
// judge (forms, logins, codes to scan, app downloads, CAPTCHAs), never the page's own claims.
// Runs in the page (page.evaluate); returns plain JSON. Only visible elements count.
() => {
  const visible = (el) => {
    const style = window.getComputedStyle(el);
    if (style.visibility === "hidden" || style.display === "none" || Number(style.opacity) === 0) return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const words = (el) => [el.getAttribute("alt"), el.getAttribute("title"), el.getAttribute("aria-label"),
    el.id, el.className && typeof el.className === "string" ? el.className : "", el.getAttribute("name"),
    el.getAttribute("src"), el.getAttribute("placeholder"), el.textContent]
    .filter(Boolean).join(" ").toLowerCase().slice(0, 400);
  const all = (selector) => Array.from(document.querySelectorAll(selector)).filter(visible);
  const fieldTypes = ["text", "email", "tel", "number", "date", "search", "password", "file", "url", ""];
  const fields = all("input, textarea, select").filter((el) => {
    const type = (el.getAttribute("type") || "").toLowerCase();
    return el.tagName !== "INPUT" || fieldTypes.includes(type) || type === "checkbox" || type === "radio";
  });
  const passwords = all("input[type=password]");
  const captchaWords = /captcha|verify|yzm|checkcode|validatecode|vcode|验证码|校验码/;
  const qrWords = /qr|ewm|erweima|二维码|扫码|扫一扫|qrcode/;
  const images = all("img, canvas, svg");
  const qrImages = images.filter((el) => qrWords.test(words(el)) ||
    (el.tagName === "CANVAS" && el.closest("[class*=qr],[id*=qr]")));
  const captchaImages = images.filter((el) => captchaWords.test(words(el)) && !qrWords.test(words(el)));
  const sliders = all("[class*=slider],[class*=slide-verify],[class*=nc_],[id*=slider],[class*=drag-verify]")
    .filter((el) => /slide|slider|滑块|拖动|drag/.test(words(el)));
  const audio = all("audio, [class*=audio], [id*=audio], button, a").filter(
    (el) => el.tagName === "AUDIO" || /语音验证|语音|audio|听不清|无障碍/.test(words(el)));
  const links = all("a[href]").map((a) => ({href: a.href, text: (a.textContent || "").trim().slice(0, 60)}))
    .filter((link) => link.href && !link.href.startsWith("javascript:") && !/#$/.test(link.href));
  const appStore = /\.(apk|ipa)([?#]|$)|itunes\.apple\.com|apps\.apple\.com|play\.google\.com|appstore|app-store/i;
  const appWords = /(下载|安装).{0,8}(app|客户端)|(app|客户端).{0,4}下载|安卓版|ios版|苹果版|应用商店|应用市场|app\s*store/i;
  const appLinks = links.filter((link) => appStore.test(link.href) || appWords.test(link.text));
  // The page's own chrome (header, menus, footer): links and codes there are the site's, not the page's.
  const chromeWords = /^(nav|navbar|menu|header|head|footer|foot|top|topbar|bottom|banner|breadcrumb|crumb|copyright|sidebar)$/;
  const inChrome = (el) => {
    for (let node = el; node && node !== document.body; node = node.parentElement) {
      if (["HEADER", "NAV", "FOOTER"].includes(node.tagName) || node.getAttribute("role") === "navigation") return true;
      const names = ((typeof node.className === "string" ? node.className : "") + " " + (node.id || "")).toLowerCase();
      if (names.split(/[\s_-]+/).some((word) => chromeWords.test(word))) return true;
    }
    return false;
  };
  const contentLinks = all("a[href]").filter((a) => !inChrome(a)).map((a) => ({href: a.href, text: (a.textContent || "").trim().slice(0, 60)}))
    .filter((link) => link.href && !link.href.startsWith("javascript:") && !/#$/.test(link.href));
  const contentAppLinks = contentLinks.filter((link) => appStore.test(link.href) || appWords.test(link.text));
  const buttons = all("button, input[type=submit], input[type=button], a[role=button], [onclick]");
  const forms = all("form");
  const text = (document.body ? document.body.innerText : "").replace(/\s+/g, " ").trim();
  return {
    title: document.title.slice(0, 200),
    forms: forms.length,
    fields: fields.length,
    password_fields: passwords.length,
    login_form_hosts: Array.from(new Set(passwords.map((el) => {
      const form = el.closest("form");
      const action = form ? (form.getAttribute("action") ? new URL(form.getAttribute("action"), location.href) : location) : location;
      return action.host;
    }))),
    buttons: buttons.length,
    links: links.length,
    link_hosts: Array.from(new Set(links.map((link) => { try { return new URL(link.href).host; } catch (e) { return ""; } }))).slice(0, 50),
    qr_images: qrImages.length,
    app_links: appLinks.map((link) => link.href).slice(0, 20),
    content_links: contentLinks.length,
    content_app_links: contentAppLinks.length,
    content_qr_images: qrImages.filter((el) => !inChrome(el)).length,
    captcha_images: captchaImages.length,
    captcha_sliders: sliders.length,
    captcha_audio: audio.length,
    has_activex: document.querySelectorAll("object[classid], embed[type*=activex]").length > 0,
    plugins: Array.from(document.querySelectorAll("object, embed")).map((el) => el.getAttribute("type") || el.getAttribute("classid") || "").filter(Boolean).slice(0, 10),
    text_chars: text.length,
    height: document.documentElement ? document.documentElement.scrollHeight : 0,
  };
}
