import itertools

from bowlby.assessment.items import (
    ATTACHMENT_ITEMS,
    COMMUNICATION_DIMENSIONS,
    COMMUNICATION_ITEMS,
    ITEMS,
    Dimension,
    items_for,
)


def test_it_has_thirty_attachment_items_split_evenly():
    assert len(ATTACHMENT_ITEMS) == 30
    assert len(items_for(Dimension.ANXIETY)) == 15
    assert len(items_for(Dimension.AVOIDANCE)) == 15


def test_it_reverse_keys_roughly_a_third_of_each_dimension():
    for dimension in (Dimension.ANXIETY, Dimension.AVOIDANCE):
        reversed_count = sum(item.reverse for item in items_for(dimension))
        assert 4 <= reversed_count <= 6, dimension


def test_it_has_a_short_communication_section_covering_every_style():
    assert 6 <= len(COMMUNICATION_ITEMS) <= 8
    assert {item.dimension for item in COMMUNICATION_ITEMS} == set(COMMUNICATION_DIMENSIONS)
    assert all(item.section == "communication" for item in COMMUNICATION_ITEMS)


def test_it_gives_every_item_a_unique_id_and_text():
    assert len({item.id for item in ITEMS}) == len(ITEMS)
    assert len({item.text for item in ITEMS}) == len(ITEMS)


def test_it_alternates_dimensions_so_neither_comes_in_a_block():
    dimensions = [item.dimension for item in ATTACHMENT_ITEMS]
    assert all(a != b for a, b in itertools.pairwise(dimensions))
