"""A visit received in the passive ("访问X，受到该会会长A、副会长B等的热情接待": A and B hosted it)
and a visiting party given with its head count ("A一行六人访问X": A visited). Invented sentences,
both scripts."""

from kg.extract import extract_article
from kg.read import make_article


def parts(body: str) -> dict[str, str]:
    found = extract_article(make_article("x.txt", f"虚构新闻标题\n发布时间：2023-09-02\n{body}\n"))
    return {p.person: p.part for e in found.events for p in e.participants}


def test_the_hosts_of_a_visit_received_in_the_passive_and_a_counted_party():
    got = parts(
        "湖南省文化厅周文斌副厅长一行四人于8月30日下午访问澳门工商联合会,受到该会会长郑家豪,"
        "副会长许丽云等的热情接待。"
    )
    assert got.get("Zhou Wenbin") == "visitor"
    assert got.get("Zheng Jiahao") == "host"
    assert got.get("Xu Liyun") == "host"


def test_the_same_in_traditional_characters():
    got = parts(
        "湖南省文化廳周文斌副廳長一行四人於8月30日下午訪問澳門工商聯合會,受到該會會長鄭家豪,"
        "副會長許麗雲等的熱情接待。"
    )
    assert got.get("Zhou Wenbin") == "visitor"
    assert got.get("Zheng Jiahao") == "host"


def test_a_speech_written_zhici_and_a_surname_that_ends_a_word_before_a_name_like_word():
    found = extract_article(
        make_article(
            "x.txt",
            "虚构新闻标题\n发布时间：2023-09-02\n"
            "2023年9月1日，学院召开开学典礼，会议由钱明德主持。院长管立新致词，感谢师生的支持。\n",
        )
    )
    names = {p.native for p in found.persons}
    assert {"钱明德", "管立新"} <= names
    assert "谢师生" not in names
    parts = {p.person: p.part for e in found.events for p in e.participants}
    assert parts.get("Guan Lixin") == "speaker"
