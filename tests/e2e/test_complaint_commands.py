"""`complaint add | list | show | close` on a scanned province: an item named as a citizen would
name it resolved to its guide, a complaint followed to its close — and an address off the
city's hosts refused before any connection is made."""

from __future__ import annotations

import socket

from channel_equity.store.complaints import get_complaint, list_complaints
from tests.running import ScannedProvince, run_cli


def cli(scanned: ScannedProvince, *args: str) -> tuple[int, str, str]:
    result = run_cli("complaint", *args[:1], "--config", str(scanned.config_path), "--db", scanned.store.url,
                     *args[1:])
    return result.returncode, result.stdout, result.stderr


def test_a_complaint_is_recorded_against_its_guide_listed_shown_and_closed(scanned_province: ScannedProvince) -> None:
    city = scanned_province.truth["cities"][0]
    item = next(i for i in city["items"] if i.get("item_code"))
    code, out, err = cli(scanned_province, "add", "--city", city["id"], "--item", item["item_code"],
                         "--claim", "entry-broken", "--text", "网上申请总是提交失败", "--received", "2026-11-30",
                         "--reference", "12345-2026-0091", "--by", "inspector-wang", "--no-recheck")
    assert code == 0, err
    number = int(out.split("#", 1)[1].split()[0])
    stored = get_complaint(scanned_province.store, number)
    assert (stored.city_id, stored.item_code, stored.status, stored.recorded_by) == (
        city["id"], item["item_code"], "open", "inspector-wang")
    assert stored.received.date().isoformat() == "2026-11-30" and stored.guide_url.startswith("http://127.0.0.1:")

    code, out, _ = cli(scanned_province, "list", "--status", "open", "--city", city["id"])
    assert code == 0 and f"│ {number} " in out and "entry-broken" in out
    code, out, _ = cli(scanned_province, "show", str(number))
    assert code == 0 and "网上申请总是提交失败" in out and "not re-checked yet" in out and "12345-2026-0091" in out
    code, _, _ = cli(scanned_province, "close", str(number), "--note", "已转市局督办")
    assert code == 0 and get_complaint(scanned_province.store, number).status == "closed"
    code, out, _ = cli(scanned_province, "list", "--status", "open", "--city", city["id"])
    assert f"│ {number} " not in out
    code, _, err = cli(scanned_province, "show", "999999")
    assert code == 2 and "no complaint #999999" in err


def test_an_unknown_item_is_an_error_and_nothing_is_recorded(scanned_province: ScannedProvince) -> None:
    unknown = next(c for c in scanned_province.truth["complaints"] if c["expected"] == "unknown-item")
    before = len(list_complaints(scanned_province.store))
    code, _, err = cli(scanned_province, "add", "--city", unknown["city_id"], "--item", unknown["item_name"],
                       "--claim", unknown["claim"], "--text", unknown["text"])
    assert code == 2 and f"no guide of the city is called or coded {unknown['item_name']!r}" in err
    code, _, err = cli(scanned_province, "add", "--city", "nowhere", "--item", "x", "--claim", "other", "--text", "t")
    assert code == 2 and "nowhere" in err
    assert len(list_complaints(scanned_province.store)) == before


def test_an_address_off_the_city_s_hosts_is_refused_without_connecting(scanned_province: ScannedProvince) -> None:
    """A server listens on loopback (another port than the portal's): the complaint naming it is
    refused, and the server never sees a connection."""
    city = scanned_province.truth["cities"][0]["id"]
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        listener.settimeout(0.5)
        port = listener.getsockname()[1]
        for url in (f"http://127.0.0.1:{port}/bszn/detail?id=1", "http://10.20.30.40/guide", "http://192.168.1.1:8101/",
                    "https://example.com/guide"):
            code, _, err = cli(scanned_province, "add", "--city", city, "--item", url, "--claim", "other", "--text", "t")
            assert code == 2 and "is neither the city's portal nor a host its guides link" in err, err
        try:
            connection, _ = listener.accept()
        except TimeoutError:
            connection = None
        assert connection is None, "the refused address was connected to"
