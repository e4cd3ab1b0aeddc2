"""English role claims (kg/extract/en/roles.py, titles.py): the sentence shapes of translated news."""

import pytest
from tests.helpers_en import extract_en, role_set

COMPANY_HEADLINE = "Jinling Copper Held the Annual Work Conference"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Name, title and title of Org
        (
            "Duan Qiming, party secretary and chairman of Hebei Xinrui Group, went to the plant.",
            {
                ("Duan Qiming", "party-secretary", "Hebei Xinrui Group", "current"),
                ("Duan Qiming", "chairman", "Hebei Xinrui Group", "current"),
            },
        ),
        # Org Title & Title Name and Title & Title Name (the organisation carries over)
        (
            "Nordvik Metals Chairman & Party Secretary Rong Jiahui and General Manager & Deputy Party Secretary "
            "Bai Xuefeng visited the plant.",
            {
                ("Rong Jiahui", "chairman", "Nordvik Metals", "current"),
                ("Rong Jiahui", "party-secretary", "Nordvik Metals", "current"),
                ("Bai Xuefeng", "general-manager", "Nordvik Metals", "current"),
                ("Bai Xuefeng", "deputy-party-secretary", "Nordvik Metals", "current"),
            },
        ),
        # Title of Org, Name
        (
            "Assistant to the general manager of Hebei Xinrui Group, Kong Fanrui, attended.",
            {("Kong Fanrui", "assistant-general-manager", "Hebei Xinrui Group", "current")},
        ),
        # lists after an organisation and a role word
        (
            "The meeting was attended by XRG leaders Lou Tianyi, Cen Mingzhu and Shi Wen.",
            {
                (n, "leadership-member", "XRG", "current")
                for n in ("Lou Tianyi", "Cen Mingzhu", "Shi Wen")
            },
        ),
        # city party secretary and mayor
        (
            "He met with Peng Lijuan, secretary of the Qujing Municipal CPC Committee, and Shi Wenhao, mayor of Qujing.",
            {
                ("Peng Lijuan", "party-secretary", "Qujing Municipal CPC Committee", "current"),
                ("Shi Wenhao", "mayor", "Qujing", "current"),
            },
        ),
        # former roles
        (
            "Zhang Wei no longer serves as chairman of Huadong Mining Group.",
            {("Zhang Wei", "chairman", "Huadong Mining Group", "former")},
        ),
        (
            "Former general manager of Huadong Mining Group, Yan Hui, retired.",
            {("Yan Hui", "general-manager", "Huadong Mining Group", "former")},
        ),
        (
            "The original chairman of Huadong Mining Group, Yan Hui, spoke.",
            {("Yan Hui", "chairman", "Huadong Mining Group", "former")},
        ),
        (
            "Yan Hui, who is also the chairman of Huadong Mining Group, spoke.",
            {("Yan Hui", "chairman", "Huadong Mining Group", "current")},
        ),
        (
            "Li Ming was appointed as general manager of Dongsheng Chemical Company.",
            {("Li Ming", "general-manager", "Dongsheng Chemical Company", "current")},
        ),
        # president of an association is not a general manager
        (
            "Mr. John Smith, president of the International Tin Association, spoke.",
            {("John Smith", "other", "International Tin Association", "current")},
        ),
        (
            "Xinhua Steel's chairman Gao Feng spoke at the forum.",
            {("Gao Feng", "chairman", "Xinhua Steel", "current")},
        ),
        # "Title Name of Org" and a comma list sharing the organisation written first
        (
            "On that day Chairman Meng Qingsong of Tianrun Energy Group met the guests.",
            {("Meng Qingsong", "chairman", "Tianrun Energy Group", "current")},
        ),
        (
            "Tianrun Energy Group Vice President Shao Yiming, Chief Financial Officer Rao Xiaoqin and others attended.",
            {
                ("Shao Yiming", "deputy-general-manager", "Tianrun Energy Group", "current"),
                ("Rao Xiaoqin", "chief-financial-officer", "Tianrun Energy Group", "current"),
            },
        ),
        # machine-translated word orders and a missing "the"
        (
            "Group Party Secretary, Chairman Pei Zhenyu attended, Party Deputy Secretary, President Dong Xiaochuan presided.",
            {
                ("Pei Zhenyu", "party-secretary", "Tianrun Energy Group", "current"),
                ("Pei Zhenyu", "chairman", "Tianrun Energy Group", "current"),
                ("Dong Xiaochuan", "deputy-party-secretary", "Tianrun Energy Group", "current"),
                ("Dong Xiaochuan", "general-manager", "Tianrun Energy Group", "current"),
            },
        ),
        (
            "Party Committee member, Secretary of Discipline Inspection Commission Lai Jingwen made a report.",
            {
                ("Lai Jingwen", "party-committee-member", "Tianrun Energy Group", "current"),
                ("Lai Jingwen", "discipline-secretary", "Tianrun Energy Group", "current"),
            },
        ),
        # "director" of a plant is a factory director
        (
            "Tao Ying, director of Beiling Alumina Plant, accompanied the inspection.",
            {("Tao Ying", "factory-director", "Beiling Alumina Plant", "current")},
        ),
        # "of the smelter": the smelter named before
        (
            "Xue Binghui went to Qinghe Zinc Smelter, accompanied by Fu Lihua, director of the smelter.",
            {("Fu Lihua", "factory-director", "Qinghe Zinc Smelter", "current")},
        ),
        (
            "Members of the Party Committee Tang Yuhua and Ren Dahai made exchange speeches.",
            {
                ("Tang Yuhua", "party-committee-member", "Tianrun Energy Group", "current"),
                ("Ren Dahai", "party-committee-member", "Tianrun Energy Group", "current"),
            },
        ),
        # unknown titles keep their wording under "other"
        (
            "Lu Pengfei, chief engineer of Xinhua Steel, reported.",
            {("Lu Pengfei", "other", "Xinhua Steel", "current")},
        ),
    ],
)
def test_roles_shapes(sentence, expected):
    assert (
        role_set(extract_en(sentence, headline="Tianrun Energy Group Holds Its Annual Meeting"))
        == expected
    )


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a comma list of titles all bind to "the company" at the end
        (
            "Tan Haoyu, director, secretary of the Party Committee and chairman of the board of directors of the company, "
            "delivered a speech.",
            {
                ("Tan Haoyu", "director", "Jinling Copper", "current"),
                ("Tan Haoyu", "party-secretary", "Jinling Copper", "current"),
                ("Tan Haoyu", "chairman", "Jinling Copper", "current"),
            },
        ),
        # the parent group's party-group titles before the company's party-committee titles
        (
            "On Qinghe Metals Group, Tan Haoyu, deputy secretary of the party group, director, secretary of the Party "
            "Committee and chairman of the board of directors of the company, delivered a speech.",
            {
                ("Tan Haoyu", "deputy-party-secretary", "Qinghe Metals Group", "current"),
                ("Tan Haoyu", "director", "Qinghe Metals Group", "current"),
                ("Tan Haoyu", "party-secretary", "Jinling Copper", "current"),
                ("Tan Haoyu", "chairman", "Jinling Copper", "current"),
            },
        ),
        # no organisation stated: the company the article is about
        (
            "Qiao Zhenbang, deputy secretary of the Party Committee and secretary of the discipline inspection commission, "
            "presided over the meeting.",
            {
                ("Qiao Zhenbang", "deputy-party-secretary", "Jinling Copper", "current"),
                ("Qiao Zhenbang", "discipline-secretary", "Jinling Copper", "current"),
            },
        ),
        (
            "Mo Xinyue, deputy secretary of the Party committee and president of the company, made a work report.",
            {
                ("Mo Xinyue", "deputy-party-secretary", "Jinling Copper", "current"),
                ("Mo Xinyue", "general-manager", "Jinling Copper", "current"),
            },
        ),
        # garbled machine translation: "the company" list of leaders
        (
            "Company leaders Ye Lanfang, Hu Zhiyuan, Du Kang and members of the leadership team of various units attended Meeting.",
            {
                (n, "leadership-member", "Jinling Copper", "current")
                for n in ("Ye Lanfang", "Hu Zhiyuan", "Du Kang")
            },
        ),
        (
            "YE Lanfang, chief accountant and secretary of the board of directors of the company, made an analysis report.",
            {
                ("YE Lanfang", "chief-financial-officer", "Jinling Copper", "current"),
                ("YE Lanfang", "board-secretary", "Jinling Copper", "current"),
            },
        ),
    ],
)
def test_roles_the_company_binds_to_main_org(sentence, expected):
    found = extract_en(sentence, headline=COMPANY_HEADLINE)
    assert found.main_org == "Jinling Copper"
    assert role_set(found) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders Lou Tianyi and Cen Mingzhu attended.",  # "leaders" needs an organisation
        "Strictly commit to the Party Secretary's first responsibility.",
        "Heads of relevant departments of the company participated.",
        "Members of the leadership team of various units attended the meeting.",
    ],
)
def test_roles_not_claimed_without_holder_or_org(sentence):
    assert role_set(extract_en(sentence)) == set()


def test_general_secretary_without_org_is_party_role():
    found = extract_en(
        "We must study General Secretary Gao Wenming's important speech to the Communist Party "
        "of China.",
        headline=COMPANY_HEADLINE,
    )
    assert role_set(found) == {
        ("Gao Wenming", "general-secretary", "Communist Party of China", "current")
    }
    assert "Communist Party of China" in {o.name for o in found.orgs}


@pytest.mark.parametrize("title", ["Secretary-General", "Secretary General", "secretary-general"])
def test_secretary_general_without_org_is_no_party_role(title):
    """A secretary-general printed with no body (of a congress, a government) is not the party's
    general secretary, even on a page that names the party."""
    found = extract_en(
        "The Yunshan Municipal People's Government held an executive meeting on Tuesday to carry "
        "out the decisions of the Communist Party of China. Vice Mayor Tan Yuhang and "
        f"{title} Feng Jiahui were present.",
    )
    assert not any(r[1] == "general-secretary" for r in role_set(found))


def test_role_evidence_and_title_as_printed():
    found = extract_en("Duan Qiming, Party Secretary of Hebei Xinrui Group, spoke.")
    role = found.roles[0]
    assert role.title == "Party Secretary"
    assert role.evidence.quote == "Duan Qiming, Party Secretary of Hebei Xinrui Group, spoke."
    assert found.article.text[role.evidence.start : role.evidence.end] == role.evidence.quote


def test_role_orgs_are_org_mentions():
    found = extract_en("Shi Wenhao, mayor of Qujing, met the delegation.")
    assert {r.org for r in found.roles} <= {o.name for o in found.orgs}
