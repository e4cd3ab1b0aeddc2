"""Traditional-character pages of Macau and Taiwan (sentences written for these tests; every
name is invented): an acting head's title ("代局長"), and a unit printed before a person whose
title follows the name and is the head's title of that very unit ("X局A代局長", "X部B部長")."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract

HEADLINE = "學徒培訓課程舉行開學禮"


def test_an_acting_head_after_the_unit_and_before_the_name():
    got = roles_of(
        zh_extract(
            "參觀團之後轉到南灣博物館，澳門文化事務局代局長高志遠向他們介紹展品。",
            headline=HEADLINE,
        )
    )
    assert ("Gao Zhiyuan", "other", "澳門文化事務局", "current") in got


def test_an_acting_head_named_between_the_unit_and_the_title():
    found = zh_extract(
        "出席典禮者包括勞工事務局方美華代局長、職業培訓廳孔志文廳長等。"
        "於典禮上，方美華代局長勉勵學員努力學習。",
        headline=HEADLINE,
    )
    got = roles_of(found)
    assert ("Fang Meihua", "other", "勞工事務局", "current") in got
    assert ("Kong Zhiwen", "head", "職業培訓廳", "current") in got


def test_a_ministry_before_its_ministers_name_and_title():
    got = roles_of(
        zh_extract(
            "典禮上，財政部高文海部長、交通部林志強部長等各部會長官蒞臨致詞。",
            headline="全國商業總會舉辦商人節典禮",
        )
    )
    assert ("Gao Wenhai", "other", "財政部", "current") in got
    assert ("Lin Zhiqiang", "other", "交通部", "current") in got
