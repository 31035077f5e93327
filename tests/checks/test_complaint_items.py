"""A complaint's item resolved among the city's guides: by implementation or basic code, by name
as the checks match names, by the address of its guide or entry — and an ambiguous or unknown
item an error listing the candidates, an address off the city's hosts refused."""

from __future__ import annotations

import pytest

from channel_equity.checks.complaint_items import ComplaintItem, ItemNotResolved, resolve_item

PORTAL = "http://127.0.0.1:8101/"
FOOD = ComplaintItem("c", "11880100612325068E3000117001000", "食品经营许可证核发（设区的市级权限）",
                     PORTAL + "bszn/detail?id=1", "http://127.0.0.1:9001/apply/1")
FOOD_COUNTY = ComplaintItem("c", "1188010355549979XT4000117001000", "食品经营许可证核发", PORTAL + "bszn/detail?id=2", None)
PENSION = ComplaintItem("c", None, "城乡居民基本养老保险参保登记", PORTAL + "bszn/detail?id=3", None)
GUIDES = [FOOD, FOOD_COUNTY, PENSION]
ALLOWED = [PORTAL, "http://127.0.0.1:9001/apply/1"]


@pytest.mark.parametrize(("ref", "expected"), [
    ("11880100612325068E3000117001000", FOOD),
    (" 1188010355549979XT4000117001000 ", FOOD_COUNTY),
    ("城乡居民基本养老保险 参保登记", PENSION),
    (PORTAL + "bszn/detail?id=2&t=1700000000", FOOD_COUNTY),  # a cache-buster is no other page
    ("http://127.0.0.1:9001/apply/1", FOOD),  # the online entry names its guide
])
def test_an_item_is_found_by_code_name_or_address(ref: str, expected: ComplaintItem) -> None:
    assert resolve_item(GUIDES, ref, ALLOWED) == expected


def test_a_name_two_guides_share_lists_both_and_picks_neither() -> None:
    with pytest.raises(ItemNotResolved, match="names 2 guides by name") as raised:
        resolve_item(GUIDES, "食品经营许可证核发", ALLOWED)
    assert FOOD.guide_url in str(raised.value) and FOOD_COUNTY.guide_url in str(raised.value)


def test_a_basic_code_two_guides_carry_is_ambiguous_too() -> None:
    with pytest.raises(ItemNotResolved, match="by code"):
        resolve_item(GUIDES, "000117001000", ALLOWED)


def test_an_unknown_item_lists_guides_with_a_similar_name() -> None:
    with pytest.raises(ItemNotResolved, match="养老保险参保登记") as raised:
        resolve_item(GUIDES, "养老保险", ALLOWED)
    assert "食品" not in str(raised.value)
    with pytest.raises(ItemNotResolved, match="no guide of the city is called or coded 'X99'$"):
        resolve_item(GUIDES, "X99", ALLOWED)


def test_an_address_off_the_city_s_hosts_is_refused_before_any_lookup() -> None:
    with pytest.raises(ItemNotResolved, match="127.0.0.1:22 is neither"):
        resolve_item(GUIDES, "http://127.0.0.1:22/bszn/detail?id=1", ALLOWED)
    with pytest.raises(ItemNotResolved, match="no guide read in the latest scan is at"):
        resolve_item(GUIDES, PORTAL + "bszn/detail?id=9", ALLOWED)
