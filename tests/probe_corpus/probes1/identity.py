"""The province's unified identity service (盲测省统一身份认证平台): a CAS-style login at /sso/login?service=…

Its login page shows an account/password form and an SMS-code form (no picture CAPTCHA) and
keeps the ``service`` back-URL in a hidden field. Its host is the one
``policy.unified_login_hosts`` names: a login here is not a separate account.
"""

from __future__ import annotations

import json

CSS = """body{margin:0;font-family:"Microsoft YaHei",sans-serif;background:#e9eff5;color:#1b1b1b}
.band{background:#0b3d6b;color:#fff;padding:16px 32px}.band .title{margin:0;font-size:22px}
.box{max-width:460px;margin:32px auto;background:#fff;padding:24px 32px;border:1px solid #c9d3de}
.row{margin:10px 0}.row label{display:block;margin-bottom:4px}.row input{width:90%;padding:8px}
.btn{background:#0b3d6b;color:#fff;border:0;padding:10px 28px;font-size:15px}.plain{padding:6px 12px}
.error{color:#8a1c1c}.foot{text-align:center;font-size:14px;color:#333}"""


def page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>'
            '<link rel="stylesheet" href="/sso/css/tyrz.css"></head><body>'
            '<header class="band"><p class="title">盲测省统一身份认证平台</p></header>'
            f'<main class="box">{body}</main>'
            '<p class="foot">盲测省大数据发展管理局　客服电话：0690-96001</p></body></html>')


LOGIN = page("用户登录 - 盲测省统一身份认证平台", (
    "<h1>个人用户登录</h1>{{ERROR}}"
    '<form action="/sso/login" method="post"><input type="hidden" name="service" value="{{SERVICE}}">'
    '<div class="row"><label for="account">证件号码/手机号码</label><input id="account" name="username" type="text" '
    'autocomplete="username"></div>'
    '<div class="row"><label for="secret">登录密码</label><input id="secret" name="password" type="password" '
    'autocomplete="current-password"></div>'
    '<div class="row"><button type="submit" class="btn">登录</button></div></form>'
    "<h2>短信验证码登录</h2>"
    '<form action="/sso/login" method="post"><input type="hidden" name="service" value="{{SERVICE}}">'
    '<input type="hidden" name="mode" value="sms">'
    '<div class="row"><label for="mobile">手机号码</label><input id="mobile" name="mobile" type="tel"></div>'
    '<div class="row"><label for="smscode">短信验证码</label><input id="smscode" name="smscode" type="text"> '
    '<button type="button" class="plain">获取短信验证码</button></div>'
    '<div class="row"><button type="submit" class="btn">登录</button></div></form>'
    '<p><a href="/sso/register.html">注册账号</a>　<a href="/sso/forget.html">忘记密码</a></p>'))

REGISTER = page("注册 - 盲测省统一身份认证平台", (
    '<h1>个人用户注册</h1><form action="/sso/register" method="post">'
    '<div class="row"><label for="r-name">真实姓名</label><input id="r-name" name="name" type="text"></div>'
    '<div class="row"><label for="r-id">身份证号码</label><input id="r-id" name="idno" type="text"></div>'
    '<div class="row"><label for="r-mobile">手机号码</label><input id="r-mobile" name="mobile" type="tel"></div>'
    '<div class="row"><button type="submit" class="btn">下一步</button></div></form>'
    '<p><a href="/sso/login">已有账号，去登录</a></p>'))

FORGET = page("找回密码 - 盲测省统一身份认证平台", (
    '<h1>找回密码</h1><form action="/sso/forget" method="post">'
    '<div class="row"><label for="f-mobile">注册手机号码</label><input id="f-mobile" name="mobile" type="tel"></div>'
    '<div class="row"><button type="submit" class="btn">发送验证短信</button></div></form>'
    '<p><a href="/sso/login">返回登录</a></p>'))

BEHAVIOUR = {
    "login": {"path": "/sso/login", "page": "_login.html",
              "error": '<p class="error" role="alert">账号或密码错误，请重新输入。</p>'},
    "redirects": {"/": {"to": "/sso/login"}},
    "post": ["/sso/login", "/sso/register", "/sso/forget"],
}


def files() -> dict[str, bytes]:
    return {
        "_login.html": LOGIN.encode("utf-8"),
        "sso/register.html": REGISTER.encode("utf-8"),
        "sso/forget.html": FORGET.encode("utf-8"),
        "sso/css/tyrz.css": CSS.encode("utf-8"),
        "robots.txt": b"User-agent: *\nDisallow:\n",
        "behaviour.json": (json.dumps(BEHAVIOUR, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8"),
    }
