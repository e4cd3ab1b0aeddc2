"""Chinese appointments in the passive: "A同志被任命为X副市长" gives the post, "B同志被免去X副市长职务"
gives it as a former one."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_appointed_and_removed_in_the_passive():
    held = roles_of(
        zh_extract(
            "青川市人大常委会会议决定：\n陆卫国同志被任命为青川市人民政府副市长；"
            "单晓光同志被免去青川市人民政府副市长职务。",
            headline="青川市人大常委会举行会议",
        )
    )
    assert ("Lu Weiguo", "other", "青川市人民政府", "current") in held
    assert ("Shan Xiaoguang", "other", "青川市人民政府", "former") in held
    assert ("Shan Xiaoguang", "other", "青川市人民政府", "current") not in held
