"""Chinese roles: 创会 ("founding") before 会长 modifies the title ("创会会长A" is A's post at the
association named before), it names no organisation of its own."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_a_founding_president_in_a_guest_list_holds_the_associations_post():
    found = zh_extract(
        "5月3日晚，澳门青禾同乡会举行成立十周年会庆。青禾同乡会会长梁大宝、理事长黄明华、"
        "创会会长梁永昌等众多嘉宾出席。梁大宝致词表示感谢各界长期支持。",
        headline="青禾同乡会庆祝成立十周年",
    )
    assert "创会" not in {o.name for o in found.orgs}
    held = roles_of(found)
    assert ("Liang Yongchang", "other", "青禾同乡会", "current") in held


def test_a_founding_president_in_traditional_script():
    found = zh_extract(
        "5月3日晚，澳門青禾同鄉會舉行成立十週年會慶。青禾同鄉會會長梁大寶、理事長黃明華、"
        "創會會長梁永昌等眾多嘉賓出席。梁大寶致詞表示感謝各界長期支持。",
        headline="青禾同鄉會慶祝成立十週年",
    )
    assert "創會" not in {o.name for o in found.orgs}
    assert not [r for r in roles_of(found) if r[0] == "Liang Yongchang" and r[2] == "創會"]
