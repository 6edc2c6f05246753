"""Which actors a draft keeps, their ids, kinds, names and capability."""

from __future__ import annotations

from detente.coder.records import Mention
from detente.draft.actors import DEFAULT_CAPABILITY, actor_id, collect_actors
from tests.draft.events import event, ref


def test_state_organs_are_the_state_and_other_sectors_keep_theirs():
    assert actor_id(ref("USA-GOV")) == "USA"
    assert actor_id(ref("USA-MIL")) == "USA"
    assert actor_id(ref("USA")) == "USA"
    assert actor_id(ref("SYR-REB")) == "SYR-REB"


def test_groups_without_a_country_are_named_and_organisations_keep_their_code():
    assert actor_id(ref("IMG")) == "ISLAMIC-STATE"
    assert actor_id(ref("UNO-UNK")) == "UNO"


def mention(token: str, sentence: int = 0) -> Mention:
    return Mention("d1", sentence, 0, 1, ref(token))


def test_an_actor_needs_an_event_or_two_mentions():
    events = [event("SUPPORT", "USA", "SYR-REB")]
    mentions = [mention("TUR"), mention("TUR", 1), mention("IRQ")]
    found = collect_actors(events, mentions, 2014)
    assert set(found) == {"USA", "SYR-REB", "TUR"}
    assert found["TUR"].mentions == 2 and found["USA"].events == 1


def test_unknown_names_need_both_an_event_and_two_mentions():
    unknown = ref("unknown")
    once = [Mention("d1", 0, 0, 1, unknown)] * 2
    assert "UNKNOWN" not in collect_actors([], once, None)


def test_states_take_their_gdp_and_groups_a_stated_default():
    found = collect_actors([event("ASSAULT", "USA", "IMG")], [], 2014)
    usa, group = found["USA"], found["ISLAMIC-STATE"]
    assert usa.kind == "state" and usa.capability > 10_000
    assert "Penn World Table" in usa.capability_source and "2014" in usa.capability_source
    assert group.kind == "armed-group"
    assert group.capability == DEFAULT_CAPABILITY["armed-group"]
    assert "judgement" in group.capability_source


def test_an_ethnic_group_is_not_a_state():
    found = collect_actors([], [mention("KUR"), mention("KUR", 1)], None)
    assert found["KUR"].kind == "non-state"


def test_a_state_is_named_as_a_country_not_after_its_officials():
    found = collect_actors(
        [event("SUPPORT", "RUS-GOV", "SYR")], [mention("RUS"), mention("SYR")], None
    )
    assert found["RUS"].name == "Russia"


def test_a_surname_and_the_full_name_are_one_actor():
    from detente.coder.records import ActorRef
    from detente.draft.actors import merge_name_variants, name_variants

    trump, full = (
        ActorRef("Trump", "unknown", None, "Trump"),
        ActorRef("Donald Trump", "unknown", None, "Donald Trump"),
    )
    bashir = [ActorRef(n, "unknown", None, n) for n in ("Bashir", "al-Bashir", "Omar al-Bashir")]
    assert name_variants([trump, full]) == {"Trump": "Donald Trump"}
    assert name_variants(bashir) == {"Bashir": "Omar al-Bashir", "al-Bashir": "Omar al-Bashir"}
    events = [event("ACCUSE", "USA", "IRN")]
    named = [Mention("d1", 0, 0, 5, trump), Mention("d1", 1, 0, 12, full)]
    _, mentions = merge_name_variants(events, named)
    assert mentions[0].actor.name == "Donald Trump"
    assert actor_id(mentions[0].actor) == "DONALD-TRUMP"


def test_two_people_sharing_a_surname_stay_apart():
    from detente.coder.records import ActorRef
    from detente.draft.actors import name_variants

    refs = [ActorRef(n, "unknown", None, n) for n in ("Kim", "Kim Jong Un", "Kim Yo Jong")]
    assert name_variants(refs) == {}


def test_a_long_capitalised_run_is_not_an_actor():
    from detente.coder.records import ActorRef

    long = ActorRef("x", "unknown", None, "Mysterious Attacks On Oil Tankers Near The Strait")
    from dataclasses import replace

    named = [Mention("d1", n, 0, 1, long) for n in range(3)]
    acts = [replace(event("ACCUSE", "USA", "IRN"), recipient=(long,))]
    found = collect_actors(acts, named, None)
    assert "USA" in found
    assert "MYSTERIOUS-ATTACKS-ON-OIL-TANKERS-NEAR-THE-STRAIT" not in found
    short = replace(long, name="Oil Tankers")
    assert "OIL-TANKERS" in collect_actors(
        [replace(acts[0], recipient=(short,))], [replace(m, actor=short) for m in named], None
    )


def test_news_media_report_the_standoff_and_are_not_parties_to_it():
    found = collect_actors([event("THREATEN", "USA-JRN", "USA")], [], None)
    assert "USA-JRN" not in found and "USA" in found
