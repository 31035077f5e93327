"""The province's unified identity service (统一身份认证平台): the login page, on its own host,
that a city's online entry sends a citizen to, with the city's form as the return URL.

A crawler or a probe cannot log in, so the service only ever shows its form: a POST answers
the form again with "账号或密码错误". The host it runs on is the config's
``policy.unified_login_hosts``; a login asked for anywhere else is a separate account.
"""

from __future__ import annotations

from urllib.parse import quote, urlsplit

from channel_equity.simulator.model import Province
from channel_equity.simulator.styles.assets import template_environment
from channel_equity.simulator.styles.exchange import Request, Response

DEMO_IDENTITY_PORT = 8110
DEMO_IDENTITY_ORIGIN = f"http://127.0.0.1:{DEMO_IDENTITY_PORT}"
"""Where the identity service is when a portal is rendered without being served (the demo's
fixed port, after the cities' 8101-8109); ``serve_province`` tells each portal where it runs."""
LOGIN_PATH = "/cas/login"
REGISTER_PATH = "/cas/register"
NOT_FOUND_PAGE = (
    b"<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>"
    b"\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)


def login_url(origin: str, service: str) -> str:
    """The identity service's login page that returns to ``service`` once logged in."""
    return f"{origin}{LOGIN_PATH}?service={quote(service, safe='')}"


class IdentityService:
    """The 统一身份认证平台 of one province."""

    def __init__(self, province: Province) -> None:
        self.province = province

    def handle(self, request: Request) -> Response:
        if request.path == "/robots.txt":
            return Response(200, b"User-agent: *\nDisallow:\n", "text/plain")  # entries land here
        if request.path in ("/", LOGIN_PATH, REGISTER_PATH):
            service = request.query.get("service", "")
            return self.render(
                "identity/login.html",
                service=service,
                service_host=urlsplit(service).netloc,
                register=request.path == REGISTER_PATH,
                failed=request.method == "POST",
            )
        return Response(404, NOT_FOUND_PAGE, "text/html")

    def render(self, template: str, **context: object) -> Response:
        page = template_environment().get_template(template)
        text = page.render(
            province_name=self.province.name, login_path=LOGIN_PATH, register_path=REGISTER_PATH, **context
        )
        return Response(200, text.encode("utf-8"))
