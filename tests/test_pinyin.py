"""Han names -> pinyin names, family name first; polyphonic family names read as family names."""

from __future__ import annotations

import pytest
from kg.pinyin import name_pinyin, split_name


@pytest.mark.parametrize(
    "han, pinyin",
    [
        ("单立国", "Shan Liguo"),
        ("曾凡", "Zeng Fan"),
        ("解红梅", "Xie Hongmei"),
        ("区志航", "Ou Zhihang"),
        ("仇慧敏", "Qiu Huimin"),
        ("朴成浩", "Piao Chenghao"),
        ("查文斌", "Zha Wenbin"),
        ("盖立新", "Ge Lixin"),
        ("翟明", "Zhai Ming"),
        ("乐天宇", "Yue Tianyu"),
        ("缪建国", "Miao Jianguo"),
        ("任振宇", "Ren Zhenyu"),
        ("朝晖", "Chao Hui"),
        ("覃光", "Qin Guang"),
        ("燕青", "Yan Qing"),
        ("尉迟恭", "Yuchi Gong"),
        ("万俟高", "Moqi Gao"),
        ("长孙无忌", "Zhangsun Wuji"),
        ("单于明", "Chanyu Ming"),
        ("贾平", "Jia Ping"),
    ],
)
def test_pinyin_polyphonic_surnames_read_as_surnames(han, pinyin):
    assert name_pinyin(han) == pinyin


@pytest.mark.parametrize(
    "han, pinyin",
    [
        ("欧阳振华", "Ouyang Zhenhua"),
        ("司马光明", "Sima Guangming"),
        ("诸葛亮", "Zhuge Liang"),
        ("上官云", "Shangguan Yun"),
        ("夏侯杰", "Xiahou Jie"),
    ],
)
def test_pinyin_compound_surnames(han, pinyin):
    assert name_pinyin(han) == pinyin


@pytest.mark.parametrize(
    "han, pinyin",
    [
        ("何文建", "He Wenjian"),
        ("张瑞忠", "Zhang Ruizhong"),
        ("芦东", "Lu Dong"),
        ("習近平", "Xi Jinping"),
        ("吕嘉安", "Lü Jia'an"),
        ("王刚", "Wang Gang"),
    ],
)
def test_pinyin_given_name_joined_and_capitalised(han, pinyin):
    assert name_pinyin(han) == pinyin


def test_pinyin_two_characters_only_take_the_first_as_family_name():
    assert split_name("芦东") == ("芦", "东")
    assert split_name("欧阳晓红") == ("欧阳", "晓红")


def test_a_given_name_reads_its_characters_as_names_do():
    assert name_pinyin("柯长林") == "Ke Changlin"  # not the "zhang" of 长大
    assert name_pinyin("邵朝晖") == "Shao Chaohui"  # not the "zhao" of 朝阳 (morning)


def test_a_traditional_surname_reads_as_its_simplified_one():
    assert name_pinyin("鄺美華") == "Kuang Meihua"
    assert name_pinyin("歐陽曉紅") == "Ouyang Xiaohong"
