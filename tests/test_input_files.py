"""Files that are not articles (binary, empty, blank, huge) and sources that hold none: one clear line each."""

from __future__ import annotations

import pytest
from kg.assemble import BuildReport, collect_sources
from kg.read import MAX_BYTES, ArticleError, read_article
from tests.input_samples import EN_ARTICLE, ZH_ARTICLE

BINARIES = [
    ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (PDF document), not text"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (PNG image), not text"),
    (
        "doc.txt",
        b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 30,
        "binary file (ZIP archive or Office document), not text",
    ),
    (
        "blob.txt",
        b"abc\x00\x01\x02\x03\xfe\xfd\x00\x00\x07",
        "binary file (NUL byte at offset 3), not text",
    ),
    ("noise.txt", bytes(range(1, 32)) * 20, "binary file (control bytes), not text"),
]


@pytest.mark.parametrize("name, data, problem", BINARIES, ids=[b[0] for b in BINARIES])
def test_input_files_binary_is_one_line(tmp_path, name, data, problem):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ArticleError) as info:
        read_article(path)
    assert str(info.value) == f"{name}: {problem}"


@pytest.mark.parametrize(
    "data, problem",
    [
        (b"", "empty file (0 bytes)"),
        (b" \n\t\r\n   \n", "no text (only whitespace)"),
        ("\u3000\u00a0\n \u2003\n".encode("utf-8"), "no text (only whitespace)"),
        (b"\xef\xbb\xbf\n\n", "no text (only whitespace)"),
        (b"\x0b\x0c \n" * 3, "no text (only whitespace)"),
    ],
)
def test_input_files_empty_and_blank(tmp_path, data, problem):
    path = tmp_path / "blank.txt"
    path.write_bytes(data)
    with pytest.raises(ArticleError) as info:
        read_article(path)
    assert str(info.value) == f"blank.txt: {problem}"


def test_input_files_50_mb_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "dump.txt"
    block = EN_ARTICLE.encode("utf-8")
    with path.open("wb") as handle:
        for _ in range(50 * 2**20 // len(block) + 1):
            handle.write(block)
    assert path.stat().st_size > 50 * 2**20 > MAX_BYTES
    with pytest.raises(ArticleError) as info:
        read_article(path)
    assert str(info.value) == "dump.txt: file too large (50.0 MB; the limit is 20 MB per article)"


def test_input_files_language_not_recognised(tmp_path):
    path = tmp_path / "numbers.txt"
    path.write_text("12345 67890\n" * 10)
    with pytest.raises(ArticleError, match=r"^numbers.txt: language not recognised"):
        read_article(path)


def test_input_files_control_characters_become_spaces(tmp_path):
    path = tmp_path / "ctl.txt"
    path.write_text(EN_ARTICLE.replace("Marcus", "Mar\x07cus\x1b"), encoding="utf-8")
    article = read_article(path)
    assert "Mar cus " in article.text
    assert len(article.text) == len(EN_ARTICLE) + 2


def test_input_files_folder_is_not_a_file(tmp_path):
    with pytest.raises(ArticleError, match=r"is a folder, not a file"):
        read_article(tmp_path)


def test_input_files_missing_file(tmp_path):
    with pytest.raises(ArticleError, match=r"^gone.txt: cannot read: No such file or directory$"):
        read_article(tmp_path / "gone.txt")


def test_input_files_folder_sources_sorted_and_filtered(tmp_path):
    for name in ("b.txt", "a.html", "c.HTM", ".hidden.txt", "._b.txt", "notes.md", "image.png"):
        (tmp_path / name).write_text(EN_ARTICLE)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.txt").write_text(ZH_ARTICLE)
    report = BuildReport()
    assert [p.name for p in collect_sources([tmp_path], report)] == [
        "a.html",
        "b.txt",
        "c.HTM",
        "d.txt",  # subfolders are read too
    ]
    assert report.problems == []


def test_input_files_nested_folders_read_in_path_order_hidden_ones_skipped(tmp_path):
    for rel in (
        "2024/02/b.txt",
        "2024/01/z.txt",
        "2023/12/a.html",
        ".git/x.txt",
        "2024/.tmp/y.txt",
    ):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(EN_ARTICLE)
    found = collect_sources([tmp_path], BuildReport())
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "2023/12/a.html",
        "2024/01/z.txt",
        "2024/02/b.txt",
    ]


def test_input_files_glob_picks_other_layouts(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.md").write_text(EN_ARTICLE)
    (tmp_path / "b.txt").write_text(EN_ARTICLE)
    found = collect_sources([tmp_path], BuildReport(), pattern="**/*.md")
    assert [p.name for p in found] == ["a.md"]


def test_input_files_output_folder_inside_the_source_is_not_read(tmp_path):
    (tmp_path / "a.txt").write_text(EN_ARTICLE)
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "graph.html").write_text("<html><body>a page</body></html>")
    found = collect_sources([tmp_path], BuildReport(), skip=(tmp_path / "out").resolve())
    assert [p.name for p in found] == ["a.txt"]


def test_input_files_empty_folder(tmp_path):
    (tmp_path / "notes.md").write_text("not an article")
    report = BuildReport()
    assert collect_sources([tmp_path], report) == []
    assert report.problems == [
        f"{tmp_path}: folder has no article files (*.txt, *.text, *.html, *.htm, *.jsonl, *.csv)"
    ]


def test_input_files_wrong_path(tmp_path):
    report = BuildReport()
    assert collect_sources([tmp_path / "nowhere"], report) == []
    assert report.problems == [f"{tmp_path / 'nowhere'}: no such file or folder"]


@pytest.mark.parametrize(
    "name, shown",
    [
        ("two\nlines.txt", "two\\nlines.txt"),
        ("tab\there.txt", "tab\\there.txt"),
        ("bad-\udcff-byte.txt", "bad-\ufffd-byte.txt"),
        ("中文名.txt", "中文名.txt"),
    ],
)
def test_input_files_error_names_any_file_on_one_line(tmp_path, name, shown):
    path = tmp_path / name
    path.write_bytes(b"")
    with pytest.raises(ArticleError) as info:
        read_article(path)
    assert str(info.value) == f"{shown}: empty file (0 bytes)"
