"""Chinese lists of "name title" items, as Hong Kong, Macau and Taiwan pages print them
("X大学A校监、B副校长及C校董"): each name is a person, each holds the title printed after it, at
the organisation printed before the list's first name; a unit printed right before a name is
not taken for the name's organisation's name."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def _visit():
    return zh_extract(
        "青川大學代表團於2019年5月8日到訪東林科技大學，獲東林科技大學廖世明校監、唐志遠副校長、"
        "龐立新副校長、陳季華校董等親切接待。青川大學出席人員還有教務處徐立坤處長、國際處陳穎處長。",
        headline="青川大學代表團到訪東林科技大學",
    )


def test_every_name_of_a_titled_list_is_a_person():
    names = {p.name for p in _visit().persons}
    assert {"Liao Shiming", "Tang Zhiyuan", "Pang Lixin", "Chen Jihua"} <= names
    assert {"Xu Likun", "Chen Ying"} <= names


def test_each_item_holds_its_title_at_the_organisation_before_the_list():
    held = roles_of(_visit())
    for person in ("Liao Shiming", "Tang Zhiyuan", "Pang Lixin", "Chen Jihua"):
        assert (person, "other", "東林科技大學", "current") in held


def test_a_unit_glued_to_a_name_is_no_organisation_and_the_post_is_the_units():
    found = _visit()
    assert not [o for o in found.orgs if "徐" in o.name or "陳穎" in o.name]
    # "國際處陳穎處長": the head of the unit named by its field (kept to its article), never
    # a post guessed at either university
    held = {(r.person, r.org) for r in found.roles if r.person in ("Xu Likun", "Chen Ying")}
    assert held == {("Xu Likun", "教務處"), ("Chen Ying", "國際處")}


def test_a_list_that_no_organisation_opens_gives_no_post():
    held = roles_of(
        zh_extract(
            "2019年5月8日，東林科技大學與青川大學舉行座談。廖世明校監、唐志遠副校長及陳季華校董出席座談。",
            headline="東林科技大學與青川大學舉行座談",
        )
    )
    assert held == set()  # two universities named, neither printed before the list


def test_a_portfolio_in_brackets_between_title_and_name():
    held = roles_of(
        zh_extract(
            "東林大學今日宣布，協理副校長（研究基礎設施）莫曉川獲委任為副校長（環球事務）（暫任），"
            "由明日起生效。副校長（研究）范作明任期屆滿後卸任。",
            headline="東林大學公布高層人事任命",
        )
    )
    assert ("Mo Xiaochuan", "other", "東林大學", "current") in held
    assert ("Fan Zuoming", "other", "東林大學", "current") in held


def test_a_name_before_a_continuation_word_is_a_person():
    found = zh_extract(
        "東林大學今日宣布多項任命。副校長（學術）何志遠亦獲再度委任，任期三年。",
        headline="東林大學公布高層人事任命",
    )
    assert "He Zhiyuan" in {p.name for p in found.persons}


def test_farmers_associations_and_their_officers():
    found = zh_extract(
        "青川區農會於3月5日舉辦年度大會，東林區農會理事長胡榮發、總幹事葉俊明應邀出席致詞。",
        headline="青川區農會舉辦年度大會",
    )
    assert "東林區農會" in {o.name for o in found.orgs}
    held = roles_of(found)
    assert ("Hu Rongfa", "other", "東林區農會", "current") in held
    assert ("Ye Junming", "other", "東林區農會", "current") in held


def test_ordinary_words_are_no_names():
    found = zh_extract(
        "3月16日，省卫健委副主任李冰一行来院调研，院长金鸿全程陪同。嘉宾云集，时刻关注。",
        headline="省卫健委副主任李冰来院调研",
    )
    names = {p.native for p in found.persons}
    assert not names & {"全程", "全程陪", "云集", "时刻"}


def test_two_sides_of_a_meeting_joined_by_yu_are_no_list():
    held = roles_of(
        zh_extract(
            "5月9日，东港科技公司陈大文董事长与李小明总经理举行会谈。",
            headline="东港科技公司举行会谈",
        )
    )
    assert not [r for r in held if r[0] == "Li Xiaoming"]
