"""盲验省统一身份认证平台: an OAuth-style login (``/oauth2/authorize?client_id=…&redirect_uri=…``)."""

from __future__ import annotations

import json

from tests.probe_corpus.probes2.model import IDENTITY_NAME
from tests.probe_corpus.probes2.site import bare_page

LOGIN_PATH, BACK = "/oauth2/authorize", "redirect_uri"
STYLE = """<style>
body{margin:0;font-family:"Microsoft YaHei",sans-serif;background:#eef3f8;color:#1f2933}
header{background:#0b4f8a;color:#fff;padding:14px 32px}header p{margin:0;font-size:20px}
main{max-width:420px;margin:40px auto;background:#fff;padding:28px 32px;border-radius:6px}
h1{font-size:22px;margin-top:0}.tabs a{margin-right:16px;color:#0b4f8a}
.field{margin:14px 0}.field label{display:block;margin-bottom:4px}
.field input{width:100%;box-sizing:border-box;padding:8px;border:1px solid #6b7785}
button{background:#0b4f8a;color:#fff;border:0;padding:10px 0;width:100%;font-size:16px}
.err{color:#a61b1b}footer{text-align:center;color:#4a5560;font-size:13px;padding:20px}
</style>
"""


def _frame(title: str, main: str) -> str:
    return bare_page(title, f'<header><p>{IDENTITY_NAME}</p></header>\n<main>\n{main}\n</main>\n'
                            '<footer><p>主办：盲验省政务服务管理办公室</p></footer>', head=STYLE)


def login_template() -> str:
    main = ('<h1>用户登录</h1>\n<p class="tabs"><a href="/oauth2/authorize">个人用户</a>'
            '<a href="/corp/login.html">法人用户</a></p>\n{{ERROR}}\n'
            f'<form method="post" action="{LOGIN_PATH}">\n'
            '<input type="hidden" name="response_type" value="code">\n'
            f'<input type="hidden" name="{BACK}" value="{{{{SERVICE}}}}">\n'
            '<div class="field"><label for="account">手机号码 / 身份证号码</label>'
            '<input id="account" name="username" type="text" autocomplete="username"></div>\n'
            '<div class="field"><label for="password">密码</label>'
            '<input id="password" name="password" type="password" autocomplete="current-password"></div>\n'
            '<button type="submit">登 录</button>\n</form>\n'
            '<p><a href="/sms/login.html">短信验证码登录</a> · <a href="/register.html">注册账号</a></p>')
    return _frame(f"登录 - {IDENTITY_NAME}", main)


def build_identity() -> dict[str, bytes]:
    """The identity service's files (its ``behaviour.json`` included)."""
    pages = {
        "_login.html": login_template(),
        "index.html": _frame(IDENTITY_NAME, "<h1>统一身份认证</h1><p>一次登录，全省通办。</p>"
                                            f'<p><a href="{LOGIN_PATH}">登录</a></p>'),
        "register.html": _frame(f"注册 - {IDENTITY_NAME}", "<h1>个人用户注册</h1><p>请使用手机号码注册并完成实名认证。</p>"),
        "corp/login.html": _frame(f"法人登录 - {IDENTITY_NAME}", "<h1>法人用户登录</h1><p>请使用电子营业执照扫码登录。</p>"),
        "sms/login.html": _frame(f"短信登录 - {IDENTITY_NAME}", "<h1>短信验证码登录</h1><p>请输入手机号码获取短信验证码。</p>"),
    }
    behaviour = {"login": {"path": LOGIN_PATH, "page": "_login.html", "back": BACK,
                           "error": '<p class="err" role="alert">账号或密码错误，请重新输入。</p>'},
                 "post": [LOGIN_PATH]}
    files = {name: html.encode("utf-8") for name, html in pages.items()}
    files["behaviour.json"] = (json.dumps(behaviour, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return files
