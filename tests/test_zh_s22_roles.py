"""Chinese roles: a member of a Party body, the commission's own "委" opening a clause, the
discipline secretary of a working committee, a mayor titled after the name on a page naming one
city government, and the names after 及 in a list closed by "等<title>"."""

from __future__ import annotations

from kg.extract import extract_article
from kg.read import make_article
from tests.zh_article import roles_of, zh_extract


def test_a_member_of_a_party_working_committee_is_a_party_committee_member():
    held = roles_of(
        zh_extract(
            "6月3日上午，柳河区委常委、宣传部部长赵永年，东关街道党工委委员钱晓明出席活动。",
            headline="柳河区举行文化活动",
        )
    )
    assert ("Qian Xiaoming", "party-committee-member", "东关街道党工委", "current") in held
    assert not [r for r in held if r[0] == "Qian Xiaoming" and r[1] == "other"]


def test_a_member_of_a_provincial_work_committee_is_a_party_committee_member():
    held = roles_of(
        zh_extract(
            "5月20日，省政府新闻办召开发布会，省委教育工委委员，省教育厅党组成员、副厅长方国栋介绍情况。",
            headline="省政府新闻办召开发布会",
        )
    )
    assert ("Fang Guodong", "party-committee-member", "省委教育工委", "current") in held


def test_the_commission_opening_a_clause_is_the_pages_commission():
    held = roles_of(
        zh_extract(
            "6月3日，青川市卫生健康委召开专题会议。委党组成员、市疾控中心主任高明远，"
            "委党组成员、驻委纪检监察组组长孙立平一同出席。",
            headline="青川市卫生健康委召开专题会议",
        )
    )
    assert ("Gao Mingyuan", "party-committee-member", "青川市卫生健康委", "current") in held
    assert ("Sun Liping", "party-committee-member", "青川市卫生健康委", "current") in held


def test_a_discipline_working_committee_secretary_is_the_committees_discipline_secretary():
    held = roles_of(
        zh_extract(
            "5月20日，北湖新区社会事业党工委副书记、纪工委书记王德明出席会议。",
            headline="北湖新区召开会议",
        )
    )
    assert ("Wang Deming", "discipline-secretary", "北湖新区社会事业党工委", "current") in held
    assert not [r for r in held if r[0] == "Wang Deming" and r[1] == "party-secretary"]


def test_a_mayor_titled_after_the_name_is_the_one_named_city_governments():
    held = roles_of(
        zh_extract(
            "北海觀光協會高明會長拜會韓志明市長，盼續行雙方交流；韓市長率市府團隊親自接待，"
            "東港市政府觀光局亦陪同。韓志明市長表示兩地情誼深厚。",
            headline="北海觀光協會會長拜會市長",
        )
    )
    assert ("Han Zhiming", "mayor", "東港市政府", "current") in held


def test_a_trailing_mayor_is_no_place_and_no_deputy_printed_with_another_city():
    held = roles_of(
        zh_extract(
            "北海觀光協會高明會長拜會韓志明市長，韓市長率市府團隊親自接待，東港市政府觀光局亦陪同。"
            "隨後接見阿皮亞市長一行，南川市副市長石立峰亦出席，雙方期盼阿皮亞市與東港市持續交流。"
            "石立峰副市長致詞。",
            headline="韓志明市長接見阿皮亞市長",
        )
    )
    assert ("Han Zhiming", "mayor", "東港市政府", "current") in held
    assert not [r for r in held if r[0] == "A Piya"]
    assert ("Shi Lifeng", "other", "南川市", "current") in held
    assert not [r for r in held if r[0] == "Shi Lifeng" and r[2] != "南川市"]


def test_names_after_ji_in_a_list_closed_by_a_title_are_not_the_heads():
    held = roles_of(
        zh_extract(
            "議長則率東亞交流協進會副會長周明山、唐秀英及鄧立德、范美君、孔文傑等議員一同接待訪問團。",
            headline="議長接待訪問團",
        )
    )
    vice = {r[0] for r in held if r[2] == "東亞交流協進會"}
    assert vice == {"Zhou Mingshan", "Tang Xiuying"}


def test_a_modifier_inside_a_party_committees_title():
    held = roles_of(
        zh_extract(
            "11月2日上午，王大明一行参观了东海理工大学，并与东海理工大学党委书记赵小川、"
            "党委常务副书记钱立等进行座谈。",
            headline="王大明一行赴东海理工大学调研",
        )
    )
    assert ("Qian Li", "deputy-party-secretary", "东海理工大学", "current") in held


def test_no_longer_holding_a_post_makes_it_former():
    held = roles_of(
        zh_extract(
            "会上宣读了任免决定：郑德华同志不再任青川市第二人民医院党委书记；"
            "罗立新同志任青川市第二人民医院党委书记。",
            headline="青川市第二人民医院召开干部大会",
        )
    )
    assert ("Zheng Dehua", "party-secretary", "青川市第二人民医院", "former") in held


def test_a_city_government_printed_without_its_place_holds_its_mayors():
    held = roles_of(
        zh_extract(
            "会议决定接受蒋立华辞去市人民政府市长职务、孔德明辞去市人民政府副市长职务；"
            "决定任命柏文远为市人民政府副市长。市人大常委会主任贾国平主持会议。",
            headline="市人大常委会举行会议",
        )
    )
    assert ("Jiang Lihua", "mayor", "市人民政府", "former") in held
    assert ("Kong Deming", "other", "市人民政府", "former") in held
    assert ("Bai Wenyuan", "other", "市人民政府", "current") in held


def test_a_party_deputy_after_a_town_party_secretary_is_the_towns():
    held = roles_of(
        zh_extract(
            "11月5日下午，青石镇人民政府和北岭农商银行城南支行举行共建签约仪式。镇党委书记韩志刚，"
            "党委副书记、镇长邵明远，党委副书记魏立群，城南支行行长葛春雷出席签约仪式。",
            headline="青石镇与北岭农商银行城南支行举行共建签约仪式",
        )
    )
    assert ("Shao Mingyuan", "deputy-party-secretary", "青石镇党委", "current") in held
    assert ("Wei Liqun", "deputy-party-secretary", "青石镇党委", "current") in held
    assert not [r for r in held if r[0] in ("Shao Mingyuan", "Wei Liqun") and "银行" in r[2]]


def test_a_dateline_is_no_lead_sentence_when_visitors_come_to_our_hospital():
    page = (
        "北川人民医院来我院参访\n2019-05-14院办\n"
        "5月13日，北川县人民医院院长蔡立本及职能科室负责人一行12人来到我院参观交流。"
        "我院副院长宋文海、夏静、纪委书记毛建军陪同参访。\n"
        "座谈会上，宋文海副院长向来宾介绍了青川市第一医院的概况。\n"
    )
    held = roles_of(extract_article(make_article("test.txt", page)))
    assert ("Song Wenhai", "other", "青川市第一医院", "current") in held
    assert ("Mao Jianjun", "discipline-secretary", "青川市第一医院", "current") in held
    assert not [r for r in held if r[0] == "Song Wenhai" and "北川" in r[2]]


def test_a_title_after_a_provinces_committee_title_is_the_committees():
    held = roles_of(
        zh_extract(
            "5月8日，云南省副省长孙海涛会见华岳集团董事长。云南省委常委、秘书长罗建明参加会见。",
            headline="华岳集团与云南签署战略合作协议",
        )
    )
    assert ("Luo Jianming", "other", "云南省委", "current") in held
    assert ("Luo Jianming", "other", "云南省", "current") not in held


def test_a_plain_council_member_of_an_association():
    held = roles_of(
        zh_extract(
            "北嶺同鄉會會長周明德一行日前訪問東港工商聯合會，受到該會理事長馮志遠，"
            "常務理事孔文華，理事嚴立新、魏家樂等的熱情接待。",
            headline="北嶺同鄉會訪問東港工商聯合會",
        )
    )
    assert ("Yan Lixin", "other", "東港工商聯合會", "current") in held
    assert ("Wei Jiale", "other", "東港工商聯合會", "current") in held


def test_a_name_said_to_be_the_current_holder_of_a_post():
    held = roles_of(
        zh_extract(
            "國營司表示，由於林志遠為現任東嶺航運公司獨立董事，因此由其出任評選委員。",
            headline="東嶺航運公司董事會改選",
        )
    )
    assert ("Lin Zhiyuan", "independent-director", "東嶺航運公司", "current") in held
