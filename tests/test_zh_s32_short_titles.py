"""Short and colloquial company titles: 董座 (chairman), 总座 (general manager), 副总 and
行政副总 (deputy general manager, not 副总监/副总编辑/副总统), Taiwan's 执行长/共同执行长 (a
company's chief executive, general-manager; a service centre's or a council's stays "other"), and
titles joined by 暨 ("总经理暨共同执行长A": both) (invented sentences)."""

from __future__ import annotations

from tests.zh_article import zh_extract


def _roles(found) -> set[tuple[str, str]]:
    return {(r.person, r.role) for r in found.roles}


def test_colloquial_chairman_after_a_short_company_name():
    found = zh_extract(
        "伴隨東豐航運董座張國強將於本月退休,東豐集團下午召開臨時董事會。",
        headline="東豐集團人事異動",
        date="2024-03-05",
    )
    assert ("Zhang Guoqiang", "chairman") in _roles(found)


def test_short_deputy_general_manager_not_deputy_director_or_editor():
    found = zh_extract(
        "宏达化工总经理周明辉、副总刘建新等人参加了会议,宏达化工副总监赵立强、"
        "宏达日报副总编辑孙晓梅出席。"
    )
    roles = {(r.person, r.role, r.org) for r in found.roles}
    assert ("Liu Jianxin", "deputy-general-manager", "宏达化工") in roles
    assert not any(
        p in ("Zhao Liqiang", "Sun Xiaomei") and n == "deputy-general-manager" for p, n, _ in roles
    )


def test_field_prefixed_deputy_general_manager():
    found = zh_extract(
        "會中通過宏達鋼鐵行政副總吳志成、技術副總何家豪兩位人事案。",
        headline="宏達鋼鐵召開董事會",
        date="2024-03-05",
    )
    roles = {(r.person, r.role, r.org) for r in found.roles}
    assert ("Wu Zhicheng", "deputy-general-manager", "宏達鋼鐵") in roles
    assert ("He Jiahao", "deputy-general-manager", "宏達鋼鐵") in roles


def test_chief_executive_of_a_company_is_general_manager_of_a_foundation_other():
    found = zh_extract(
        "宏達電子執行長林志明表示,今年營收可望成長。嘉南文教基金會執行長林大衛、"
        "亞奧會執行長陳志文出席。",
        headline="宏達電子法說會",
        date="2024-03-05",
    )
    roles = _roles(found)
    assert ("Lin Zhiming", "general-manager") in roles
    assert ("Lin Dawei", "other") in roles
    assert ("Chen Zhiwen", "other") in roles
    assert ("Lin Dawei", "general-manager") not in roles
    assert ("Chen Zhiwen", "general-manager") not in roles


def test_titles_joined_by_ji_are_both_read():
    found = zh_extract(
        "華信半導體股份有限公司宣布,總經理暨共同執行長陳大華出席。",
        headline="華信半導體宣布人事",
        date="2024-03-05",
    )
    assert ("Chen Dahua", "general-manager") in _roles(found)
    assert ("Chen Dahua", "other") not in _roles(found)
