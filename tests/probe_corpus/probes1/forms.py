"""Application and login forms, in the four layouts the portals use (table, div, fieldset grid, list).

Every field has a label a screen reader announces (``<label for>``), every picture an ``alt``:
the forms are clean for axe-core unless a portal deliberately spoils one. What differs between
forms — the verification part (SMS code, image CAPTCHA with or without an audio alternative,
a slider) — is one more row.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape


@dataclass(frozen=True)
class Row:
    """A labelled field (``label_for`` names the control's id) or, without a label, a free block."""

    label_for: str | None
    label: str
    control: str


APPLICANT_ROWS = (
    Row("f-name", "申请人姓名", '<input id="f-name" name="sqrxm" type="text" maxlength="30" required>'),
    Row("f-idno", "身份证件号码", '<input id="f-idno" name="zjhm" type="text" maxlength="18" required>'),
    Row("f-phone", "联系电话", '<input id="f-phone" name="lxdh" type="tel" maxlength="11" required>'),
    Row("f-addr", "通讯地址", '<input id="f-addr" name="txdz" type="text" maxlength="80">'),
    Row("f-file", "上传申请材料", '<input id="f-file" name="sqcl" type="file" multiple>'),
)


def sms_row() -> Row:
    return Row("f-sms", "短信验证码",
               '<input id="f-sms" name="dxyzm" type="text" maxlength="6" inputmode="numeric"> '
               '<button type="button" class="btn-plain" id="btn-sms">获取短信验证码</button>')


def image_captcha_row(src: str, extra: str = "") -> Row:
    return Row("f-captcha", "验证码",
               '<input id="f-captcha" name="yzm" type="text" maxlength="4" autocomplete="off"> '
               f'<img class="captcha-img" src="{escape(src)}" alt="图形验证码" width="90" height="32">{extra}')


REFRESH = ' <button type="button" class="btn-plain" id="btn-refresh">看不清？换一张</button>'
AUDIO = (' <button type="button" class="btn-plain" id="btn-audio">播放语音验证码</button>'
         '<span class="field-tip">看不清图片时，可选择收听语音验证码</span>')


def slider_block(background: str, piece: str) -> Row:
    """A drag-the-piece CAPTCHA: two pictures and a bar; nothing a keyboard or screen reader can use."""
    control = (
        '<div class="slide-verify" id="slideVerify">'
        f'<div class="slide-verify-img"><img src="{escape(background)}" alt="拼图背景" width="280" height="120">'
        f'<img class="slide-verify-piece" src="{escape(piece)}" alt="拼图块" width="40" height="40"></div>'
        '<div class="slide-verify-bar"><div class="slide-verify-handle" id="slideHandle">&#187;</div>'
        '<span class="slide-verify-text">向右拖动滑块，完成拼图验证</span></div></div>'
    )
    return Row(None, "", control)


SLIDER_SCRIPT = """<script>
(function () {
  var handle = document.getElementById('slideHandle');
  var start = null;
  handle.addEventListener('mousedown', function (e) { start = e.clientX; });
  document.addEventListener('mousemove', function (e) {
    if (start === null) { return; }
    var moved = Math.max(0, Math.min(240, e.clientX - start));
    handle.style.left = moved + 'px';
  });
  document.addEventListener('mouseup', function () { start = null; });
})();
</script>"""


def render_rows(rows: list[Row], style: str) -> str:
    """Rows as a table, divs, a fieldset grid or a list: the four ways the portals lay a form out."""
    if style == "table":
        cells = []
        for row in rows:
            if row.label_for is None:
                cells.append(f'<tr><td colspan="2">{row.control}</td></tr>')
            else:
                cells.append(f'<tr><th scope="row"><label for="{row.label_for}">{row.label}</label></th>'
                             f"<td>{row.control}</td></tr>")
        return '<table class="form-table"><tbody>' + "".join(cells) + "</tbody></table>"
    if style == "ul":
        items = [f'<li><label for="{row.label_for}">{row.label}</label>{row.control}</li>' if row.label_for
                 else f"<li>{row.control}</li>" for row in rows]
        return '<ul class="form-list">' + "".join(items) + "</ul>"
    if style == "grid":
        fields = [f'<div class="field"><label for="{row.label_for}">{row.label}</label>'
                  f'<div class="field-control">{row.control}</div></div>' if row.label_for
                  else f'<div class="field field-wide">{row.control}</div>' for row in rows]
        return '<fieldset class="form-grid"><legend>申请信息</legend>' + "".join(fields) + "</fieldset>"
    divs = [f'<div class="form-row"><label for="{row.label_for}">{row.label}</label>{row.control}</div>'
            if row.label_for else f'<div class="form-row">{row.control}</div>' for row in rows]
    return '<div class="form-rows">' + "".join(divs) + "</div>"


def application_form(action: str, code: str, style: str, submit: str, extra_rows: tuple[Row, ...] = ()) -> str:
    """The web form of an online application: applicant fields, upload, consent, optional verification."""
    rows = [*APPLICANT_ROWS, *extra_rows]
    return (
        f'<form class="apply-form" action="{escape(action)}" method="post" enctype="multipart/form-data">'
        f'<input type="hidden" name="itemCode" value="{escape(code)}">'
        + render_rows(rows, style)
        + '<p class="agree"><input type="checkbox" id="f-agree" name="agree" value="1">'
          '<label for="f-agree">我已阅读并同意《网上申报须知》</label></p>'
        + f'<p class="form-actions"><button type="submit" class="btn-primary">{escape(submit)}</button> '
          '<button type="reset" class="btn-plain">重新填写</button></p></form>'
    )


def login_form(action: str, style: str, back_field: tuple[str, str] | None, with_sms: bool,
               submit: str = "登录") -> str:
    """A username / password form (optionally with an SMS code), posting to ``action``."""
    rows = [
        Row("l-user", "用户名", '<input id="l-user" name="username" type="text" maxlength="40" autocomplete="username">'),
        Row("l-pass", "密码", '<input id="l-pass" name="password" type="password" maxlength="40" '
                             'autocomplete="current-password">'),
    ]
    if with_sms:
        rows.append(Row("l-phone", "手机号码", '<input id="l-phone" name="mobile" type="tel" maxlength="11">'))
        rows.append(sms_row())
    hidden = ""
    if back_field is not None:
        hidden = f'<input type="hidden" name="{escape(back_field[0])}" value="{escape(back_field[1])}">'
    return (f'<form class="login-form" action="{action}" method="post">{hidden}'
            + render_rows(rows, style)
            + f'<p class="form-actions"><button type="submit" class="btn-primary">{escape(submit)}</button></p></form>')
