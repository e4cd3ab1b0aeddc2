"""Whole invented English articles (tests/fixtures/en/, see its README): exactly what is extracted."""

from datetime import date
from pathlib import Path

import kg.extract.en  # noqa: F401  (registers the English pipeline)
import pytest
from kg.extract import extract_article
from kg.read import read_article

HERE = Path(__file__).parent / "fixtures" / "en"

EXPECTED = {
    "work_conference_mt.txt": {
        "persons": {"Tan Haoyu", "Mo Xinyue", "Qiao Zhenbang", "Ye Lanfang", "Gao Wenming"},
        "main": "Jinling Copper",
        "roles": {
            ("Tan Haoyu", "deputy-party-secretary"),
            ("Tan Haoyu", "director"),
            ("Tan Haoyu", "party-secretary"),
            ("Tan Haoyu", "chairman"),
            ("Mo Xinyue", "deputy-party-secretary"),
            ("Mo Xinyue", "general-manager"),
            ("Qiao Zhenbang", "party-committee-member"),
            ("Qiao Zhenbang", "deputy-general-manager"),
            ("Ye Lanfang", "chief-financial-officer"),
            ("Ye Lanfang", "board-secretary"),
        },
        "events": [
            (date(2024, 1, 16), None, {"Tan Haoyu", "Mo Xinyue", "Qiao Zhenbang", "Ye Lanfang"})
        ],
    },
    "research_trip.txt": {
        "persons": {"Duan Qiming", "Peng Lijuan", "Shi Wenhao", "Kong Fanrui", "Gu Meiling"},
        "main": "Hebei Xinrui Group",
        "roles": {
            ("Duan Qiming", "party-secretary"),
            ("Duan Qiming", "chairman"),
            ("Kong Fanrui", "assistant-general-manager"),
            ("Gu Meiling", "deputy-general-manager"),
            ("Peng Lijuan", "party-secretary"),
            ("Shi Wenhao", "mayor"),
        },
        "events": [
            (date(2021, 2, 22), date(2021, 2, 25), {"Duan Qiming", "Kong Fanrui", "Gu Meiling"}),
            (date(2021, 2, 22), None, {"Duan Qiming", "Peng Lijuan", "Shi Wenhao"}),
        ],
    },
    "delegation_visit.txt": {
        "persons": {
            "Erik Lindqvist",
            "Anna Berg",
            "Rong Jiahui",
            "Bai Xuefeng",
            "Lou Tianyi",
            "Cen Mingzhu",
            "Wei Guozhong",
        },
        "main": "Nordvik Metals",
        "roles": {
            ("Erik Lindqvist", "general-manager"),
            ("Anna Berg", "chief-financial-officer"),
            ("Rong Jiahui", "chairman"),
            ("Rong Jiahui", "party-secretary"),
            ("Rong Jiahui", "leadership-member"),
            ("Bai Xuefeng", "leadership-member"),
            ("Lou Tianyi", "leadership-member"),
            ("Cen Mingzhu", "leadership-member"),
            ("Wei Guozhong", "chairman"),
        },
        "events": [
            (
                date(2019, 10, 10),
                None,
                {
                    "Erik Lindqvist",
                    "Anna Berg",
                    "Rong Jiahui",
                    "Bai Xuefeng",
                    "Lou Tianyi",
                    "Cen Mingzhu",
                    "Wei Guozhong",
                },
            )
        ],
    },
    "safety_conference.txt": {
        "persons": {
            "Fang Jianguo",
            "Xu Lili",
            "Kong Wei",
            "Zheng Yuting",
            "Luo Bin",
            "Hao Jun",
            "Gao Wenming",
        },
        "main": "Hongda Copper Co., Ltd.",
        "roles": {
            ("Fang Jianguo", "party-secretary"),
            ("Fang Jianguo", "chairman"),
            ("Xu Lili", "deputy-party-secretary"),
            ("Xu Lili", "general-manager"),
            ("Kong Wei", "leadership-member"),
            ("Zheng Yuting", "leadership-member"),
            ("Luo Bin", "leadership-member"),
            ("Hao Jun", "deputy-general-manager"),
        },
        "events": [
            (
                date(2023, 2, 27),
                None,
                {"Fang Jianguo", "Xu Lili", "Kong Wei", "Zheng Yuting", "Luo Bin", "Hao Jun"},
            )
        ],
    },
    "foreign_talks.txt": {
        "persons": {
            "Meng Qingsong",
            "Olivia Hartley",
            "Shao Yiming",
            "Rao Xiaoqin",
            "Tang Zhiyuan",
        },
        "main": "Tianrun Energy Group",  # the headline shortens the group's name
        "roles": {
            ("Meng Qingsong", "chairman"),
            ("Olivia Hartley", "general-manager"),
            ("Shao Yiming", "deputy-general-manager"),
            ("Rao Xiaoqin", "chief-financial-officer"),
            ("Tang Zhiyuan", "chairman"),
        },
        "events": [
            (
                date(2024, 9, 16),
                None,
                {"Meng Qingsong", "Olivia Hartley", "Shao Yiming", "Rao Xiaoqin"},
            )
        ],
    },
}


@pytest.fixture(scope="module", params=sorted(EXPECTED))
def case(request):
    return extract_article(read_article(HERE / request.param)), EXPECTED[request.param]


def test_article_persons(case):
    found, want = case
    assert {p.name for p in found.persons} == want["persons"]


def test_article_main_org(case):
    found, want = case
    assert found.main_org == want["main"]


def test_article_roles(case):
    found, want = case
    assert {(r.person, r.role) for r in found.roles} == want["roles"]
    assert {r.org for r in found.roles} <= {o.name for o in found.orgs}


def test_article_events(case):
    found, want = case
    got = [(e.start, e.end, {p.person for p in e.participants}) for e in found.events]
    assert got == want["events"]


def test_article_evidence_quotes_the_text(case):
    found, _ = case
    text = found.article.text
    spans = [m.evidence for m in (*found.persons, *found.orgs, *found.roles, *found.events)]
    spans += [p.evidence for e in found.events for p in e.participants]
    assert all(text[ev.start : ev.end] == ev.quote and ev.quote for ev in spans)
