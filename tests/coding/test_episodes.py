from bowlby.coding.episodes import find_episodes, find_exceptions
from bowlby.coding.results import MarkerHit, RuptureHit, StrategyHit, TurnResult


def _turn(index, speaker="P", *, secure=False, rupture=None, strategy=None, coded=True):
    turn = TurnResult(index=index, speaker=speaker, role=None, text="x", coded=coded)
    if secure:
        turn.markers.append(
            MarkerHit("asks_for_help", 1, "proximity_seeking", "secure", 0.9, "x", 0, 1)
        )
        turn.family = "secure"
    if rupture:
        turn.ruptures.append(RuptureHit(rupture, "minimal_response", 3, 0.8, "x", 0, 1))
    if strategy:
        turn.strategies.append(StrategyHit(strategy, strategy, "x"))
    return turn


def test_it_resolves_an_episode_when_the_speaker_returns_to_secure_talk():
    turns = [
        _turn(0, rupture="withdrawal"),
        _turn(1, "T", coded=False, strategy="validate_defense"),
        _turn(2, secure=True),
        _turn(3),
    ]
    [episode] = find_episodes(turns)
    assert (episode.start_turn, episode.resolution, episode.resolved_at) == (0, "resolved", 2)
    assert [s["code"] for s in episode.strategies] == ["validate_defense"]
    assert episode.repair_held is True


def test_it_marks_an_episode_unresolved_when_the_topic_closes_without_repair():
    turns = [_turn(0, rupture="confrontation")] + [_turn(i) for i in range(1, 7)]
    [episode] = find_episodes(turns)
    assert episode.resolution == "unresolved"


def test_it_marks_an_episode_ongoing_at_the_end():
    [episode] = find_episodes([_turn(0, rupture="withdrawal"), _turn(1)])
    assert episode.resolution == "ongoing_at_end"


def test_it_says_a_repair_did_not_hold_when_a_rupture_follows():
    turns = [_turn(0, rupture="withdrawal"), _turn(1, secure=True), _turn(2, rupture="withdrawal")]
    episodes = find_episodes(turns)
    assert episodes[0].repair_held is False
    assert len(episodes) == 2


def test_it_lists_repairs_and_secure_talk_in_difficulty_as_exceptions():
    turns = [
        _turn(0, rupture="withdrawal"),
        _turn(1, secure=True),
        _turn(2, rupture="withdrawal"),
        _turn(3, rupture="withdrawal"),
        _turn(4, secure=True),
    ]
    moments = find_exceptions(turns, find_episodes(turns))
    kinds = {m.turn: m.kind for m in moments}
    assert kinds[1] == "repair"
    assert kinds[4] == "repair"  # the second episode resolves here too
    assert all(m.description for m in moments)


def test_it_finds_no_exception_in_plain_talk():
    turns = [_turn(i, secure=True) for i in range(4)]
    assert find_exceptions(turns, find_episodes(turns)) == []
