"""A foreign name in Chinese transliteration printed in full, then by its last part alone, is one
person; two full names ending so leave the short one alone. Invented names only."""

from __future__ import annotations

from tests.zh_article import zh_extract


def test_the_last_part_of_a_transliterated_name_is_that_person():
    found = zh_extract(
        "5月10日，青岚市市长柯文涛会见了来访的拉瓦尼亚外交部部长奥斯卡‧马蒂内斯‧费雷拉（Oscar Martinez Ferreira）一行。"
        "费雷拉表示，愿与青岚加强合作。",
        headline="青岚市长会见外宾",
    )
    natives = {p.native for p in found.persons}
    assert "费雷拉" not in natives
    assert "奥斯卡‧马蒂内斯‧费雷拉" in natives


def test_a_last_part_two_full_names_share_is_left_alone():
    found = zh_extract(
        "5月10日，青岚市市长柯文涛会见外宾。奥斯卡‧费雷拉（Oscar Ferreira）、"
        "露西亚‧费雷拉（Lucia Ferreira）出席。费雷拉表示，愿加强合作。",
        headline="青岚市长会见外宾",
    )
    natives = {p.native for p in found.persons}
    assert {"费雷拉", "奥斯卡‧费雷拉", "露西亚‧费雷拉"} <= natives
