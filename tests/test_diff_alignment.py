"""The alignment under `docgen diff`: what it says is kept, deleted and inserted always rebuilds both texts, and
on long texts (where the exact alignment gives way to anchors and windows) it still reports a change where it
is and as small as it is."""

from __future__ import annotations

import difflib
import itertools
import random

from hypothesis import Phase, example, given, settings
from hypothesis import strategies as st

from docgen.diff.text import EXACT_PAIRS, Words, align, marked, opcodes, pair_block, similarity, word_changes

WORDS = st.lists(st.sampled_from("abcdefgh"), max_size=60)
LONG = st.lists(st.sampled_from("abcdefghij"), min_size=201, max_size=400)  # 201 × 201 pairs > EXACT_PAIRS


def _rebuilds(a: list, b: list, steps) -> None:
    """Assert the steps walk both sides end to end, without gaps, with equal pieces equal and no two
    neighbouring steps of the same kind (they would be one)."""
    i = j = 0
    for tag, i1, i2, j1, j2 in steps:
        assert (i1, j1) == (i, j), steps
        assert {"equal": i2 - i1 == j2 - j1 > 0, "delete": i2 > i1 and j1 == j2,
                "insert": i1 == i2 and j2 > j1, "replace": i2 > i1 and j2 > j1}[tag], (tag, i1, i2, j1, j2)
        if tag == "equal":
            assert a[i1:i2] == b[j1:j2]
        i, j = i2, j2
    assert (i, j) == (len(a), len(b))
    assert all(x[0] != y[0] or x[0] == "replace" for x, y in itertools.pairwise(steps))


@example(["a", "a", "b", "a"], ["a", "b", "c", "a", "c"])  # drawn in CI: difflib of the whole keeps one more
@given(WORDS, WORDS)
def test_short_texts_are_aligned_exactly_as_difflib_does(a, b):
    steps = opcodes(a, b)
    _rebuilds(a, b, steps)
    kept = sum(i2 - i1 for tag, i1, i2, _, _ in steps if tag == "equal")
    # the common start and end are kept first (they are in every longest alignment); difflib's exact alignment
    # of what is left between them is then the least kept: difflib of the whole may pair differently (its
    # longest-block heuristic is not a longest alignment: a=aaba, b=abcac keeps 3 whole, 1+2 once "a" is kept)
    start = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    end = next((k for k, (x, y) in enumerate(zip(a[start:][::-1], b[start:][::-1], strict=False)) if x != y),
               min(len(a), len(b)) - start)
    middle = difflib.SequenceMatcher(None, a[start:len(a) - end], b[start:len(b) - end], autojunk=False)
    assert kept >= start + end + sum(block.size for block in middle.get_matching_blocks())


@settings(max_examples=40, deadline=None)
@given(LONG, LONG)
def test_long_texts_still_rebuild_both_sides(a, b):
    assert len(a) * len(b) > EXACT_PAIRS
    _rebuilds(a, b, opcodes(a, b))


def _unique(n: int) -> list[str]:
    return [f"đoạn {k}" for k in range(n)]


@settings(max_examples=30, deadline=None)
@given(st.integers(300, 900), st.data())
def test_one_paragraph_changed_in_a_long_text_is_that_one_change(n, data):
    a = _unique(n)
    at = data.draw(st.integers(1, n - 2))
    b = [*a[:at], "đoạn sửa", *a[at + 1:]]
    assert opcodes(a, b) == [("equal", 0, at, 0, at), ("replace", at, at + 1, at, at + 1),
                             ("equal", at + 1, n, at + 1, n)]


@settings(max_examples=30, deadline=None)
@given(st.integers(300, 900), st.data())
def test_paragraphs_removed_and_added_far_apart_in_a_long_text_are_those_only(n, data):
    a = _unique(n)
    removed, added = sorted(data.draw(st.lists(st.integers(1, n - 2), min_size=2, max_size=2, unique=True)))
    b = [*a[:removed], *a[removed + 1:added], "mới", *a[added:]]
    steps = opcodes(a, b)
    _rebuilds(a, b, steps)
    changed = [(tag, i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in steps if tag != "equal"]
    assert sorted(changed) == [("delete", 1, 0), ("insert", 0, 1)] or changed == [("replace", 1, 1)]


def test_a_long_text_of_repeated_words_with_one_word_added_keeps_every_other_word():
    """Popular elements are no anchors; the windows between anchors still find the one word inserted."""
    rng = random.Random(7)
    a = [rng.choice(["hộ", "nghèo", "xã", "thôn", "giảm"]) for _ in range(3000)]
    b = [*a[:1700], "mới", *a[1700:]]
    steps = opcodes(a, b)
    _rebuilds(a, b, steps)
    assert sum(i2 - i1 for tag, i1, i2, _, _ in steps if tag == "equal") == len(a)


def test_two_long_texts_with_nothing_in_common_are_replaced_whole():
    a, b = [f"a{k}" for k in range(400)], [f"b{k}" for k in range(400)]
    steps = opcodes(a, b)
    _rebuilds(a, b, steps)
    assert {tag for tag, *_ in steps} == {"replace"}
    # window by window, each old piece followed by the new one in its place, not all of A then all of B
    assert steps == [("replace", 0, 200, 0, 200), ("replace", 200, 400, 200, 400)]


@given(st.text("ab cđ ", max_size=40), st.text("ab cđ ", max_size=40))
def test_the_words_kept_and_deleted_give_a_and_kept_and_inserted_give_b(a, b):
    pieces = word_changes(a, b)
    assert "".join(p.text for p in pieces if p.kind != "insert") == a
    assert "".join(p.text for p in pieces if p.kind != "delete") == b
    assert {p.kind for p in pieces} <= {"equal", "delete", "insert"}


def test_similarity_of_paragraphs():
    assert similarity("", "") == 1.0
    assert similarity("Hòa nhập", "HOÀ NHẬP") == 1.0  # case and tone placement aside
    assert similarity("abcd", "abxy") == 0.5
    assert similarity("abcd", "wxyz") == 0.0


def test_a_replaced_block_pairs_alike_paragraphs_and_leaves_the_rest_removed_or_added():
    left = ["Giảm 06 hộ nghèo trong năm.", "Đoạn bỏ đi hẳn."]
    right = ["Giảm 07 hộ nghèo trong năm.", "Một đoạn khác.", "Thêm đoạn nữa."]
    steps = pair_block(left, right, [0, 1], [0, 1, 2])
    assert sorted((s.kind, s.a or 0, s.b or 0) for s in steps) == [
        ("added", 0, 1), ("added", 0, 2), ("changed", 0, 0), ("removed", 1, 0)]
    same_count = pair_block(left, right[:2], [0, 1], [0, 1])
    assert [(s.kind, s.a, s.b) for s in same_count] == [("changed", 0, 0), ("changed", 1, 1)]


def test_numbering_is_not_a_change_in_the_alignment():
    steps = align(["1. Mục đích", "a) Giảm nghèo"], ["Mục đích", "b) Giảm nghèo", "Thêm"])
    assert [(s.kind, s.a, s.b) for s in steps] == [("equal", 0, 0), ("equal", 1, 1), ("added", None, 2)]


def test_a_replaced_block_is_listed_in_order_removed_before_alike_and_added_after():
    """What `docgen diff` lists for a block replaced by fewer or more paragraphs, in the order it prints."""
    assert similarity("abcde", "abcxy") == 0.6  # exactly alike enough: one changed paragraph, the other removed
    steps = pair_block(["abcde", "zzzzz"], ["abcxy"], [0, 1], [0])
    assert [(s.kind, s.a, s.b) for s in steps] == [("changed", 0, 0), ("removed", 1, None)]
    left = ["Đoạn bỏ đi hẳn.", "Giảm 06 hộ nghèo trong năm."]
    steps = pair_block(left, ["Giảm 07 hộ nghèo trong năm."], [0, 1], [0])
    assert [(s.kind, s.a, s.b) for s in steps] == [("removed", 0, None), ("changed", 1, 0)]
    # a paragraph unlike both new ones: the new ones come first, as B has them, the old one after
    steps = pair_block(["Đoạn bỏ đi hẳn."], ["Thêm mục mới.", "Xyz khác."], [0], [0, 1])
    assert [(s.kind, s.a, s.b) for s in steps] == [("added", None, 0), ("added", None, 1), ("removed", 0, None)]


def test_an_empty_paragraph_is_nothing_like_a_written_one():
    assert similarity("", "Giảm nghèo") == similarity("Giảm nghèo", "") == 0.0


def test_the_words_of_a_change_are_only_what_was_added_or_removed():
    assert word_changes("Giảm 06 hộ", "Giảm 06 hộ nghèo") == [Words("equal", "Giảm 06 hộ"), Words("insert", " nghèo")]
    assert word_changes("Giảm 06 hộ nghèo", "Giảm 06 hộ") == [Words("equal", "Giảm 06 hộ"), Words("delete", " nghèo")]
    assert marked("Giảm 06", "Tăng 07") == "[-Giảm-] {+Tăng+} [-06-] {+07+}"  # the space kept between is no mark


JUNK = ["hộ", "nghèo", "xã", "thôn", "giảm"]  # each too common in a long text to be an anchor (difflib's autojunk)


# no shrinking: an unshrunk failing text is as telling here, and shrinking a 2,000-word one takes minutes
@settings(max_examples=30, deadline=None, phases=(Phase.explicit, Phase.reuse, Phase.generate))
@given(st.randoms(use_true_random=False), st.integers(600, 2000),
       st.lists(st.tuples(st.integers(250, 600), st.integers(1, 120), st.booleans()), min_size=2, max_size=4))
def test_a_long_text_of_repeated_words_edited_in_places_keeps_every_word_not_edited(rng, n, edits):
    """No anchors to start from: the window-by-window alignment alone must find each insertion and deletion
    (of up to 120 words, 250 words apart or more; a longer change is only found more coarsely)."""
    a = [rng.choice(JUNK) for _ in range(n)]
    places = list(itertools.accumulate(gap for gap, _, _ in edits))
    b, removed = list(a), 0
    for place, (_, size, insert) in reversed([(p, e) for p, e in zip(places, edits, strict=True) if p < n]):
        if insert:  # from the end, so that the earlier places stay where they were
            b[place:place] = [f"mới {place} {k}" for k in range(size)]
        else:
            removed += len(b[place:place + size])
            del b[place:place + size]
    steps = opcodes(a, b)
    _rebuilds(a, b, steps)
    assert sum(i2 - i1 for tag, i1, i2, _, _ in steps if tag == "equal") >= n - removed


def _junk(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [rng.choice(JUNK) for _ in range(n)]


def test_a_long_insertion_at_the_end_of_a_text_of_repeated_words_is_one_insertion():
    """The windows run out on A's side before B's: the rest of B is one insertion (one {+…+} in `docgen diff`)."""
    common, new = _junk(150, 1), [f"mới {k}" for k in range(250)]
    a, b = ["đầu", *common], ["khác", *common, *new]
    assert opcodes(a, b) == [("replace", 0, 1, 0, 1), ("equal", 1, 151, 1, 151), ("insert", 151, 151, 151, 401)]
    assert opcodes(b, a) == [("replace", 0, 1, 0, 1), ("equal", 1, 151, 1, 151), ("delete", 151, 401, 151, 151)]


def test_a_text_of_repeated_words_kept_across_windows_then_extended_is_kept_whole():
    """What is equal runs over a window's end and up to the end of A: it is kept to there, never past it."""
    common, new = _junk(300, 2), [f"mới {k}" for k in range(250)]
    a, b = ["đầu", *common], ["khác", *common, *new]
    assert opcodes(a, b) == [("replace", 0, 1, 0, 1), ("equal", 1, 301, 1, 301), ("insert", 301, 301, 301, 551)]
    assert opcodes(b, a) == [("replace", 0, 1, 0, 1), ("equal", 1, 301, 1, 301), ("delete", 301, 551, 301, 301)]
    # and it ends at the first word that differs, even when the word after it on B repeats one before on A
    other = next(word for word in JUNK if word != common[-2])
    a, b = ["đầu", *common, other, "cũ"], ["khác", *common, common[-2], "mới"]
    assert opcodes(a, b) == [("replace", 0, 1, 0, 1), ("equal", 1, 301, 1, 301), ("replace", 301, 303, 301, 303)]


def test_no_exact_alignment_is_ever_larger_than_its_limit(monkeypatch):
    """The bound that keeps `docgen diff` of long repeated texts fast: every exact (quadratic) alignment it makes
    is of at most EXACT_PAIRS pairs of elements, however long the texts."""
    sizes = []
    exact = difflib.SequenceMatcher

    def recording(isjunk, a, b, autojunk=True):
        if not autojunk:
            sizes.append(len(a) * len(b))
        return exact(isjunk, a, b, autojunk=autojunk)

    monkeypatch.setattr(difflib, "SequenceMatcher", recording)
    a = _junk(3000, 3)
    b = [word if k % 97 else "sửa" for k, word in enumerate(a)]
    steps = opcodes(a, b)
    _rebuilds(a, b, steps)
    assert sizes and max(sizes) <= EXACT_PAIRS


def test_the_common_start_and_end_are_taken_once_each():
    """A text that is the other one repeated, or whose last word matches and whose one before matches the other's
    first: the common end is counted from the end on both sides, and never overlaps the common start."""
    assert opcodes(["x", "y"], ["x", "y", "x", "y"]) == [("equal", 0, 2, 0, 2), ("insert", 2, 2, 2, 4)]
    assert opcodes(["x", "y", "x", "y"], ["x", "y"]) == [("equal", 0, 2, 0, 2), ("delete", 2, 4, 2, 2)]
    assert opcodes(["p", "q", "z"], ["q", "r", "z"]) == [("delete", 0, 1, 0, 0), ("equal", 1, 2, 0, 1),
                                                          ("insert", 2, 2, 1, 2), ("equal", 2, 3, 2, 3)]


def test_a_block_of_paragraphs_replaced_by_fewer_pairs_the_alike_one_and_removes_the_other():
    steps = align(["Mục đích", "Giảm 06 hộ nghèo.", "Đoạn bỏ."], ["Mục đích", "Giảm 07 hộ nghèo."])
    assert [(s.kind, s.a, s.b) for s in steps] == [("equal", 0, 0), ("changed", 1, 1), ("removed", 2, None)]


def test_a_paragraph_added_before_one_removed_far_after_in_a_long_text_are_those_only():
    a = _unique(600)
    b = [*a[:100], "mới", *a[100:500], *a[501:]]
    assert opcodes(a, b) == [("equal", 0, 100, 0, 100), ("insert", 100, 100, 100, 101),
                             ("equal", 100, 500, 101, 501), ("delete", 500, 501, 501, 501),
                             ("equal", 501, 600, 501, 600)]


def test_a_paragraph_added_before_a_changed_one_does_not_push_it_out_of_its_pair():
    # a part's line printed another way, its title in capitals, then a section docgen adds: the title keeps its
    # pair although the lines before it pair with nothing
    olds = ["Phần 2.", "Gửi biên bản hội nghị (bước 2) và hồ sơ người ứng cử"]
    news = ["Phần thứ hai", "GỬI BIÊN BẢN HỘI NGHỊ (BƯỚC 2) VÀ HỒ SƠ NGƯỜI ỨNG CỬ", "NỘI DUNG"]
    steps = pair_block(olds, news, [0, 1], [0, 1, 2])
    assert ("changed", 1, 1) in [(s.kind, s.a, s.b) for s in steps]
    assert sorted(s.a for s in steps if s.a is not None) == [0, 1]
    assert sorted(s.b for s in steps if s.b is not None) == [0, 1, 2]


def test_a_parts_line_numbered_another_way_is_one_changed_paragraph():
    steps = pair_block(["Phần 2.", "Nội dung"], ["Phần thứ hai", "GỬI HỒ SƠ", "Nội dung"], [0, 1], [0, 1, 2])
    assert ("changed", 0, 0) in [(s.kind, s.a, s.b) for s in steps]


def test_a_number_typed_without_its_space_is_numbering():
    assert align(["1.Bên giao:"], ["1. Bên giao:"])[0].kind == "equal"
    assert align(["1.000 hộ nghèo"], ["1.000 hộ nghèo"])[0].kind == "equal"
