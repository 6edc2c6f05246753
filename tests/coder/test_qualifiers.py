import pytest

from detente.coder.nlp import parser
from detente.coder.qualifiers import is_negated, modality, speaking_verb


def token(sentence: str, word: str):
    doc = parser()(sentence)
    return next(t for t in doc if t.text == word)


def statement(lemma: str) -> bool:
    return lemma in {"say", "tell", "announce"}


@pytest.mark.parametrize(
    ("sentence", "word", "negated"),
    [
        ("The two sides failed to agree on a ceasefire.", "agree", True),
        ("Washington refuses to consider working together.", "consider", True),
        ("The minister did not accept the offer.", "accept", True),
        ("The minister accepted the offer.", "accepted", False),
        ("Trump met Putin without challenging his denial.", "challenging", True),
        ("Russia has no sympathy for the militants.", "sympathy", True),
        ("Turkey was unable to send troops.", "send", True),
        ("Iran is unwilling to release the sailors.", "release", True),
        ("Turkey was able to send troops.", "send", False),
        ("The U.S. has no plans to withdraw its diplomats.", "withdraw", True),
        ("Russia has no intention to attack Ukraine.", "attack", True),
        ("Russia has plans to attack Ukraine.", "attack", False),
        ("Russia ceased its operations but warned it will retaliate.", "warned", False),
        ("Not a single American has been prosecuted.", "prosecuted", True),
        ("No diplomats were expelled.", "expelled", True),
        ("None of the soldiers were arrested.", "arrested", True),
        ("Two diplomats were expelled.", "expelled", False),
        ("The U.S. criticized Islamabad's failure to crack down on militants.", "crack", True),
        ("Critics of Obama's reticence to intervene in Syria spoke.", "intervene", True),
        # a negated stop goes on; a "no" on a noun denies that noun, not an act in its phrase
        ("Trump has not stopped amplifying Putin's claims.", "amplifying", False),
        ("He engaged in no collusion with Putin's attack on the election.", "attack", False),
        ("There is no question of Brazil agreeing to the program.", "agreeing", True),
        ("They urged him not to toss it out despite the department's request.", "request", False),
    ],
)
def test_negation(sentence, word, negated):
    assert is_negated(token(sentence, word)) is negated


@pytest.mark.parametrize(
    ("sentence", "noun", "verb", "negated"),
    [
        ("Britain stopped aid to Iraq.", "aid", "stopped", False),
        ("Britain denied entry to the diplomats.", "entry", "denied", False),
        ("Britain did not stop aid to Iraq.", "aid", "stop", True),
    ],
)
def test_the_verb_of_an_object_trigger_is_part_of_the_event_not_its_negation(
    sentence, noun, verb, negated
):
    doc = parser()(sentence)
    found = {t.text: t for t in doc}
    assert is_negated(found[noun], found[verb]) is negated


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("The United States will strike the group.", "strike", "future"),
        ("The United States would not target the army.", "target", "hypothetical"),
        ("If Russia joins, the coalition will grow.", "joins", "conditional"),
        ("Joint action appears out of the question.", "appears", "unlikely"),
        ("Cooperation is unlikely.", "is", "unlikely"),
        ("The army attacked the town.", "attacked", "asserted"),
        # a past report's "would" is its future, not a supposition
        ("The United States announced it would prohibit all aid.", "prohibit", "future"),
        ("Russia said it would send aid and would train troops.", "train", "future"),
        ("Russia issued a statement that it would send aid.", "send", "future"),
        ("Russia says it would send aid.", "send", "hypothetical"),
        ("Nigeria will withdraw its force unless the president agrees.", "withdraw", "conditional"),
        ("Russia announced its intention to withdraw troops.", "withdraw", "future"),
        ("The prospect of Putin visiting Washington angers Democrats.", "visiting", "hypothetical"),
        ("The U.S. has the capability to disrupt weapons systems.", "disrupt", "hypothetical"),
        ("It fed suspicions that Syria is using these weapons.", "using", "hypothetical"),
        ("The party did not announce whom they would support.", "support", "hypothetical"),
        ("They spread rumors that Clinton had stolen the caucus.", "stolen", "hypothetical"),
        ("U.S. forces are positioned to strike the militants.", "strike", "hypothetical"),
        (
            "He declined to say whether the U.S. had sabotaged the launch.",
            "sabotaged",
            "hypothetical",
        ),
        ("The U.S. has no plans to withdraw its diplomats.", "withdraw", "future"),
        # what happened, told as the circumstance of what will, keeps its own tense
        ("Iran will retaliate after the United States imposed sanctions.", "imposed", "asserted"),
        ("Iran vowed to retaliate because Israel had bombed Syria.", "bombed", "asserted"),
        ("Iran will retaliate if the United States imposes sanctions.", "retaliate", "conditional"),
        ("Trump's threat to slash funding to Gaza angered Abbas.", "slash", "future"),
        ("The threat to shipping from attacks by Iran grew.", "attacks", "asserted"),
        ("Lieberman will either join or support Netanyahu.", "support", "hypothetical"),
        ("Officials discussed how to ensure Iran's cooperation.", "ensure", "hypothetical"),
        ("Myanmar committed a campaign of terror, killing thousands.", "killing", "asserted"),
        ("Russia committed itself to withdraw its troops.", "withdraw", "future"),
        ("Iran said the ship would not go there when Britain released it.", "released", "asserted"),
        ("Trump has said he remains open for direct talks with Iran.", "talks", "hypothetical"),
        ("Bangemann spoke to reporters ahead of his trip to Washington.", "trip", "future"),
        ("Ministers spoke ahead of an EC heads of government meeting.", "meeting", "future"),
        ("No one wants to acknowledge Russia's invasion of Ukraine.", "invasion", "asserted"),
        ("No one will say it, even though Russia is invading Ukraine.", "invading", "asserted"),
        ("Efforts to broker a peace deal with Syria stalled.", "broker", "hypothetical"),
        # what must be done is not done
        ("The United States must negotiate with the Taliban.", "negotiate", "hypothetical"),
        ("Obama needs to talk to Putin.", "talk", "hypothetical"),
        # what one is let do is done only when the letting is told as done
        ("The law allows the Chinese government to extradite anyone.", "extradite", "hypothetical"),
        ("The army has been authorized to fire on protesters.", "fire", "hypothetical"),
        ("This has allowed Russian forces to move into the areas.", "move", "asserted"),
        ("A loan would allow Iran to sell oil despite U.S. sanctions.", "sanctions", "asserted"),
        # an event named as a plan's or a bill's content, or as next or possible
        ("Netanyahu announced his annexation plans.", "annexation", "future"),
        ("Congress debated a sanctions bill.", "sanctions", "hypothetical"),
        ("Israel's next cabinet meeting is on Sunday.", "meeting", "future"),
        ("The US warned of a possible strike on Iran.", "strike", "hypothetical"),
    ],
)
def test_modality(sentence, word, expected):
    assert modality(token(sentence, word)) == expected


def test_the_sender_of_a_message_speaks_its_content():
    doc = parser()("Chirac issued a stern reminder to Iraq that it must cooperate.")
    cooperate = next(t for t in doc if t.text == "cooperate")
    verb = speaking_verb(cooperate, statement)
    assert verb is not None and verb.lemma_ == "issue"


def test_the_speaker_of_reported_speech():
    doc = parser()("Kerry offered assurances to Lavrov, a senior official said.")
    offered = next(t for t in doc if t.text == "offered")
    verb = speaking_verb(offered, statement)
    assert verb is not None and verb.lemma_ == "say"
    assert speaking_verb(next(t for t in doc if t.text == "said"), statement) is None


def test_not_only_but_negates_neither():
    sent = "Western officials were vocal, not just condemning the violence but threatening action."
    doc = parser()(sent)
    for word in ("condemning", "threatening"):
        assert not is_negated(next(t for t in doc if t.text == word))


def test_a_negation_does_not_cross_into_a_clause_with_its_own_subject():
    doc = parser()(
        "The deal does not include provisions against missile launches, and when it came into "
        "effect the Security Council lifted most sanctions against Iran."
    )
    assert not is_negated(next(t for t in doc if t.text == "lifted"))


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("A phase-one deal between the U.S. and China still appeared possible.", "deal",
         "hypothetical"),
        ("China offered to purchase more goods from the U.S.", "purchase", "future"),
    ],
)  # fmt: skip
def test_possibilities_and_offers(sentence, word, expected):
    doc = parser()(sentence)
    assert modality(next(t for t in doc if t.text == word)) == expected
