"""A college printed in a list of the school's own units is no school the page's 学校 means."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def _orgs_of(body: str, headline: str) -> set[str]:
    return {org for _p, _r, org, _s in roles_of(zh_extract(body, headline=headline))}


def test_college_listed_with_offices_is_no_school() -> None:
    body = (
        "5月8日，学校党委书记柯文远会见了来访的企业代表一行。"
        "双方举行交流会，教务处、科技处、材料与能源学院（恒昌产业学院）相关负责人参加会议。"
    )
    assert "恒昌产业学院" not in _orgs_of(body, "学校党委书记柯文远会见企业代表")


def test_college_visited_with_centre_is_no_school() -> None:
    body = (
        "5月8日，学校党委书记柯文远，党委副书记、校长祁明哲会见了来访的企业代表一行。"
        "会后，客人参观了澄湖学院、工程训练中心等实训室。"
    )
    assert "澄湖学院" not in _orgs_of(body, "学校领导会见企业代表")
