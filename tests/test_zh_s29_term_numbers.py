"""Chinese organisations: a body's term number ("第十七届", "第二十屆") opening or ending what
would be its name is no part of it; the post after it is still the body's (s29)."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_a_term_after_a_body_before_its_title() -> None:
    found = zh_extract("大会推选王大明担任华兴工商联第十七届会长。")
    names = {o.name for o in found.orgs}
    assert "华兴工商联" in names and not any("第十七届" in n for n in names)
    assert any(r[0] == "Wang Daming" and r[2] == "华兴工商联" for r in roles_of(found))


def test_a_traditional_term_after_a_body() -> None:
    found = zh_extract("大會推選王大明擔任華興工商聯第十七屆會長。")
    assert any(r[0] == "Wang Daming" and r[2] == "華興工商聯" for r in roles_of(found))


def test_a_term_opening_a_chambers_name() -> None:
    found = zh_extract("5月3日舉行了第十九屆及第二十屆南嶺華興商會會長交接典禮。")
    names = {o.name for o in found.orgs}
    assert not any(n.startswith("第") for n in names)


def test_a_term_inside_a_congress_name_stays() -> None:
    found = zh_extract("梧岭市第十五届人民代表大会常务委员会第七次会议决定任命秦冬光为副市长。")
    assert "梧岭市第十五届人民代表大会常务委员会" in {o.name for o in found.orgs}
