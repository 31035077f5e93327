"""Notification targets in the config: Apprise URLs whose secrets stand as ``${NAME}``.

A target that writes a password or a bot token into the file is refused when the config is
loaded; the messages never repeat the target, so a secret written in by mistake stays unprinted.
The placeholders are replaced from the environment only when a message is sent.
"""

from __future__ import annotations

import re

ENV_PLACEHOLDER = re.compile(r"\$\{([^}]*)\}")
"""``${NAME}`` in a notification target: replaced from the environment when a message is sent."""
ENV_NAME_PATTERN = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
TOKEN_HOST_SCHEMES = frozenset({"dingtalk", "wecombot", "feishu", "lark"})
"""Apprise schemes whose host part is the bot's access token (``dingtalk://TOKEN/``)."""
SECRET_QUERY_KEYS = frozenset({"pass", "pw", "key", "apikey", "api_key", "webhook", "sign"})
SECRET_QUERY_WORDS = ("auth", "token", "secret", "passw")


def _names_a_secret(query_key: str) -> bool:
    """Whether a target's query parameter (or ``+Header`` Apprise sends) carries a secret."""
    key = query_key.lstrip("+-:").lower()
    return key in SECRET_QUERY_KEYS or any(word in key for word in SECRET_QUERY_WORDS)


def target_problem(target: str) -> str | None:
    """What is wrong with one notification target (an Apprise URL, ``${NAME}`` for secrets), or
    ``None``. The messages never repeat the target: a secret written in by mistake stays unprinted."""
    if not target.strip():
        return "empty: expected an Apprise URL such as 'json://host/path' or '${CE_MAIL_URL}'"
    for name in ENV_PLACEHOLDER.findall(target):
        if not ENV_NAME_PATTERN.match(name):
            return (f"${{{name}}}: expected an environment variable name (letters, digits and _, "
                    f"not starting with a digit)")
    literal = ENV_PLACEHOLDER.sub("", target)
    if "${" in literal or re.search(r"\$[A-Za-z_]", literal):
        return "write environment variables as ${NAME} (braces closed)"
    if not ENV_PLACEHOLDER.match(target) and not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", target):
        return "expected an Apprise URL (scheme://...) or one that starts with ${NAME}"
    scheme, _, rest = target.partition("://")
    authority = re.split(r"[/?#]", rest, maxsplit=1)[0]
    userinfo = authority.rpartition("@")[0] if "@" in authority else ""
    password = userinfo.partition(":")[2]
    if password and ENV_PLACEHOLDER.sub("", password):
        return "a password written in the config: put it in an environment variable and write ${NAME}"
    if scheme.lower() in TOKEN_HOST_SCHEMES and not ENV_PLACEHOLDER.search(rest):
        return (f"{scheme.lower()}:// URLs carry the bot's token: put it in an environment variable and "
                f"write {scheme.lower()}://${{NAME}}/")
    query = rest.partition("?")[2]
    for pair in query.split("&"):
        key, _, value = pair.partition("=")
        if _names_a_secret(key) and value and ENV_PLACEHOLDER.sub("", value):
            return f"{key}= written in the config: put it in an environment variable and write {key}=${{NAME}}"
    return None
