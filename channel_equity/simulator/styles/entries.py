"""The online application system behind a guide's 在线办理 button, at ``/apply/<system>/<serial>``:
a working form, or one of the ways real ones fail or stand in a citizen's way (``EntryKind``).

Sub-pages under ``/apply/<system>/<page>/<serial>`` are what an entry leads on to: the form
itself, the "apply at the counter" notice, the maintenance page a loading script goes to, the
city's own account login and registration, a blank shell's script, CAPTCHA picture and sound.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from channel_equity.simulator.model import GuideItem
from channel_equity.simulator.styles.assets import QR_PNG, silent_wav
from channel_equity.simulator.styles.exchange import Request, Response, redirect
from channel_equity.simulator.styles.identity import login_url

if TYPE_CHECKING:
    from channel_equity.simulator.styles.base import PortalApp

FORM_FIELDS = (
    ("applicant", "申请人（单位）名称", "text"),
    ("idNumber", "证件号码", "text"),
    ("phone", "联系电话", "tel"),
)
UA_SNIFF_NOTICE = "请使用IE浏览器（兼容模式）访问本系统"
"""What a user-agent check writes over the form in any browser but IE (the crawl reads it in
the script)."""
BROKEN_SCRIPT = (
    "(function () {\n  var config = window.__APPLY_CONFIG__;\n"
    "  document.getElementById('app').innerHTML = config.form.render();\n}());\n"
)
"""A blank shell's bundle that throws (its configuration was never injected)."""
SOUND = silent_wav()


class EntryPages:
    """The application pages of one portal."""

    def __init__(self, app: PortalApp) -> None:
        self.app = app
        self.base = f"/apply/{app.apply_system}"

    def handle(self, request: Request) -> Response:
        parts = request.path.strip("/").split("/")
        item = self.app.by_serial.get(parts[-1]) if len(parts) >= 3 else None
        if item is None or item.entry is None:
            return self.app.not_found()
        if len(parts) == 4:
            return self.subpage(parts[2], item, request)
        return self.entry(item, request)

    def entry(self, item: GuideItem, request: Request) -> Response:
        kind = item.entry
        if kind in ("form", "form-maintainer-footer"):
            return self.form(item, maintainer=kind == "form-maintainer-footer")
        if kind == "redirect-form":
            return redirect(f"{self.base}/form/{item.serial}")
        if kind == "redirect-counter":
            return redirect(f"{self.base}/notice/{item.serial}")
        if kind == "unified-login-form":
            return redirect(login_url(self.app.identity_origin, self.form_url(item, request)))
        if kind == "not-found":
            return self.app.not_found()
        if kind == "server-error":
            return self.app.render(
                "common/server_error.html", 500, title="HTTP Status 500 – Internal Server Error"
            )
        if kind == "maintenance":
            return self.maintenance()
        if kind == "maintenance-503":
            return self.app.json({"error": "系统升级维护中，请稍后再试", "code": "MAINTENANCE"}, 503)
        if kind == "dead":
            return Response(drop_connection=True)
        return self.page(item, request)

    def page(self, item: GuideItem, request: Request) -> Response:
        """Entries that answer 200 with a page of their own."""
        kind = item.entry
        if kind == "login-form":
            return self.app.render(
                "common/apply_login.html",
                title="统一身份认证",
                item=item,
                identity_login=login_url(self.app.identity_origin, self.form_url(item, request)),
            )
        if kind == "city-account-login":
            return self.account(item, "login", failed=False)
        templates = {
            "script-maintenance": "entry/loading.html",
            "blank-shell": "entry/blank_shell.html",
            "qr-only": "entry/qr_only.html",
            "qr-with-form": "entry/qr_with_form.html",
            "ua-sniff": "entry/ua_sniff.html",
        }
        return self.app.render(
            templates[str(kind)], **self.form_context(item), variant=item.serial % 2, notice=UA_SNIFF_NOTICE
        )

    def subpage(self, name: str, item: GuideItem, request: Request) -> Response:
        if name == "form":
            return self.form(item, submitted=request.method == "POST")
        if name == "notice":
            return self.app.render("common/apply_notice.html", title="温馨提示", item=item)
        if name == "maintenance":
            return self.maintenance()
        if name in ("account", "register"):
            return self.account(item, "login" if name == "account" else "register", request.method == "POST")
        if name == "captcha":
            return Response(200, QR_PNG, "image/png")
        if name == "captcha-audio":
            return Response(200, SOUND, "audio/wav")
        if name == "js" and item.entry == "blank-shell" and item.serial % 2:
            return Response(200, BROKEN_SCRIPT.encode("ascii"), "application/javascript; charset=utf-8")
        return self.app.not_found()

    def form_url(self, item: GuideItem, request: Request) -> str:
        """The form's absolute URL on this portal: where the identity service returns to."""
        return f"http://{request.host}{self.base}/form/{item.serial}"

    def form_context(
        self, item: GuideItem, submitted: bool = False, maintainer: bool = False
    ) -> dict[str, Any]:
        features = self.app.city.features
        # the city's application system shares one form template: a defect in it is on every form
        bare = features is not None and features.has_defect("label", "entry-form")
        return {
            "title": f"{item.name} - 网上申报",
            "item": item,
            "submitted": submitted,
            "maintainer": maintainer,
            "fields": FORM_FIELDS,
            "bare_fields": bare,
            "captcha": item.captcha,
            "entry_base": self.base,
        }

    def form(self, item: GuideItem, submitted: bool = False, maintainer: bool = False) -> Response:
        return self.app.render("common/apply_form.html", **self.form_context(item, submitted, maintainer))

    def maintenance(self) -> Response:
        return self.app.render("common/maintenance.html", title="系统升级维护中")

    def account(self, item: GuideItem, page: str, failed: bool) -> Response:
        """The city's own application system asking for its own account (本系统用户登录)."""
        return self.app.render(
            "entry/city_account.html",
            title="用户注册" if page == "register" else "用户登录",
            item=item,
            register=page == "register",
            failed=failed,
            entry_base=self.base,
        )
