"""Application forms and the verification widgets some of them carry."""

from __future__ import annotations

from html import escape

from tests.probe_corpus.probes2.model import Item

FIELDS = (("sqrxm", "申请人姓名", "text"), ("zjhm", "身份证件号码", "text"), ("lxdh", "联系电话", "tel"))


def application_form(item: Item, action: str, *, ident: str, style: str = "stack", labelled: bool = True,
                     extra: str = "") -> str:
    """A POST form with the applicant's name, ID number and phone; ``labelled=False`` leaves the
    fields with a caption beside them and no label, placeholder or title (axe-core's ``label``)."""
    rows = []
    for name, caption, kind in FIELDS:
        field_id = f"{ident}-{name}"
        if labelled:
            label = f'<label for="{field_id}">{caption}</label>'
            control = f'<input id="{field_id}" name="{name}" type="{kind}" required>'
        else:
            label = f'<span class="caption">{caption}：</span>'
            control = f'<input name="{name}" type="{kind}">'
        if style == "table":
            rows.append(f"<tr><th scope=\"row\">{label}</th><td>{control}</td></tr>")
        else:
            rows.append(f'<div class="field">{label}{control}</div>')
    body = f'<table class="form-table">{"".join(rows)}</table>' if style == "table" else "".join(rows)
    return (f'<form method="post" action="{escape(action)}" class="apply-form">\n'
            f'<input type="hidden" name="sxbm" value="{item.code}">\n{body}\n{extra}'
            f'<div class="actions"><button type="submit">提交申请</button></div>\n</form>')


def sms_code(ident: str) -> str:
    return (f'<div class="field"><label for="{ident}-sms">短信验证码</label>'
            f'<input id="{ident}-sms" name="dxyzm" type="text" inputmode="numeric" maxlength="6">'
            f'<button type="button" class="get-code">获取短信验证码</button></div>\n')


def image_code(ident: str, picture: str, *, refresh: str, audio: bool) -> str:
    spoken = '<button type="button" class="speak">语音播报验证码</button>' if audio else ""
    return (f'<div class="field captcha"><label for="{ident}-yzm">验证码</label>'
            f'<input id="{ident}-yzm" name="yzm" type="text" maxlength="4">'
            f'<img src="{picture}" alt="验证码图片" width="100" height="34">'
            f'<button type="button" class="refresh">{refresh}</button>{spoken}</div>\n')


def click_characters(picture: str, words: str) -> str:
    quoted = "".join(f"“{w}”" for w in words)
    return (f'<div class="click-captcha" role="group" aria-labelledby="cc-tip">'
            f'<p id="cc-tip">安全验证：请在下图中依次点击{quoted}</p>'
            f'<img src="{picture}" alt="文字点选验证图片" width="100" height="34">'
            f'<input type="hidden" name="clickPoints" value="">'
            f'<button type="button" class="refresh">换一组</button></div>\n')


def puzzle_slider(picture: str) -> str:
    return ('<div class="tc-captcha" role="group" aria-labelledby="tc-tip">'
            '<p id="tc-tip">安全验证：请拖动下方滑块，完成拼图</p>'
            f'<img src="{picture}" alt="拼图验证背景图" width="100" height="34">'
            '<div class="tc-track"><div class="tc-handle" role="slider" tabindex="0" aria-label="拖动滑块完成拼图" '
            'aria-valuemin="0" aria-valuemax="100" aria-valuenow="0"></div></div>'
            '<input type="hidden" name="ticket" value=""></div>\n')


def widget_with_audio() -> str:
    """A behaviour-verification widget whose accessible mode reads a code aloud."""
    return ('<div class="nec-captcha" role="group" aria-labelledby="nec-tip">'
            '<p id="nec-tip">请完成安全验证</p>'
            '<button type="button" class="nec-start">点击按钮开始智能验证</button>'
            '<button type="button" class="nec-voice">无障碍验证（语音验证码）</button>'
            '<input type="hidden" name="NECaptchaValidate" value=""></div>\n')
