"""Chinese roles on pages of a visit between organisations: a visiting party that came to the
publisher named only by its bare word for itself ("X集团副总裁A一行三人来公司调研 … 公司董事长B"),
the other side of a party ("集团公司总裁A一行和Y集团有限公司董事长B"), and a contracted head's title
after a cut name ("警察总局局长A", "政制及内地事务局长B").

Every name and organisation here is invented for the tests.
"""

from tests.zh_article import roles_of, zh_extract


def test_bare_company_posts_are_not_the_visiting_groups():
    found = zh_extract(
        "5月9日，宏远能源集团副总裁柯明远、总工程师甄海波一行三人来公司调研。"
        "公司董事长、总经理柴永红，党委书记卜立新等汇报了项目准备工作。",
        headline="宏远能源集团副总裁柯明远一行三人来公司调研",
    )
    orgs = {(p, o) for p, _, o, _ in roles_of(found)}
    assert ("Chai Yonghong", "宏远能源集团") not in orgs
    assert ("Bu Lixin", "宏远能源集团") not in orgs
    assert ("Ke Mingyuan", "宏远能源集团") in orgs


def test_bare_group_posts_are_not_the_partner_of_the_party():
    found = zh_extract(
        "6月3日至5日，集团公司总裁柯明远一行莅临西南各项目调研指导，总裁助理甄海波等陪同调研。"
        "在储备林项目，柯明远一行和青川县城乡投资集团有限公司董事长柴永红等来到现场，召开了交流会。",
        headline="集团公司总裁柯明远莅临西南各项目调研指导",
    )
    got = roles_of(found)
    assert ("Chai Yonghong", "chairman", "青川县城乡投资集团有限公司", "current") in got
    assert not any(o == "青川县城乡投资集团有限公司" for p, _, o, _ in got if p != "Chai Yonghong")


def test_a_contracted_head_after_a_name_ending_with_the_unit():
    found = zh_extract(
        "2月9日，保安司司长柯明远率警察总局局长甄海波、海关关长柴永红到口岸视察。",
        headline="保安司司长到口岸视察",
    )
    assert not any(o.endswith("局局") for _, _, o, _ in roles_of(found))


def test_a_contracted_head_after_a_unit_named_for_two_fields():
    found = zh_extract(
        "行政长官将于下周二，与同行的政制及内地事务局长柯明远，及保安局长甄海波前往北京。",
        headline="行政长官下周赴京",
    )
    got = roles_of(found)
    assert not any(o == "事务局" for _, _, o, _ in got)
    assert ("Zhen Haibo", "head", "保安局", "current") in got
