"""A word of the clause before an organisation's name, glued to the name by the segmenter, stays
out of the name: a joiner opening the next list item, or a pair of verbs read as one word."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def _orgs(body: str) -> set[str]:
    return {o.name for o in zh_extract(body).orgs}


def test_a_joiner_glued_to_the_field_of_a_bureau_stays_out() -> None:
    found = zh_extract("昨日，司长陈大文资深大律师和政制及航运事务局局长林志明会见传媒。")
    assert ("Lin Zhiming", "head", "政制及航运事务局", "current") in roles_of(found)
    assert not any(o.name.startswith("律师") for o in found.orgs)


def test_two_verbs_read_as_one_word_stay_out_of_a_bank() -> None:
    orgs = _orgs("特首将应邀出席华丰银行成立50周年庆典。")
    assert "华丰银行" in orgs
    assert not any("出席" in name for name in orgs)


def test_a_joiner_glued_to_the_second_company_of_a_list_stays_out() -> None:
    found = zh_extract("王志明辞去蓉矿实业股份有限公司董事长及蓉矿绿能股份有限公司董事长职务。")
    assert "蓉矿绿能股份有限公司" in {o.name for o in found.orgs}
    assert not any(o.name.startswith("及") for o in found.orgs)
