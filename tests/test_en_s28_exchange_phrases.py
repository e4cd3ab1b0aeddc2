"""Who takes part in a meeting, in English put from Chinese: a local official who "gave a detailed
introduction" after a long appositive, and the host who "had an in-depth exchange" with the
visitor (sentences invented for these tests)."""

from __future__ import annotations

from datetime import date

from tests.helpers_en import attendees, extract_en


def _on(body: str, day: date) -> dict[str, str]:
    found = [e for e in extract_en(body, published="2023-05-04").events if e.start == day]
    assert found, f"no event on {day}"
    return attendees(found[0])


def test_an_official_who_gave_a_detailed_introduction_took_part():
    parts = _on(
        "On the afternoon of May 2, Kestrel Machinery Deputy General Manager Tao Jinrui met at"
        " Kestrel Machinery with a delegation led by Fang Yuling, Head of Lishan District."
        " Ren Haoyu, Executive Deputy District Head of Lishan District, gave a detailed"
        " introduction to the policies of the district.",
        date(2023, 5, 2),
    )
    assert {"Tao Jinrui", "Fang Yuling", "Ren Haoyu"} <= set(parts)


def test_the_host_who_had_an_in_depth_exchange_with_the_visitor_took_part():
    parts = _on(
        "On the afternoon of May 3, Mayor Lu Wenbo led the heads of relevant departments to"
        " Lishan Pump Works Co., Ltd. to investigate its production. Lu Wenbo and Ma Qiuyan,"
        " the general manager of the company, had an in-depth exchange on its development.",
        date(2023, 5, 3),
    )
    assert {"Lu Wenbo", "Ma Qiuyan"} <= set(parts)
