"""KTAB SMP scenarios in KTAB's XML form (``smpSchema.xsd``), read and written.

The layout::

    <Scenario><name>…</name><desc>…</desc>
      <Dimensions><dName>…</dName>…</Dimensions>
      <Actors><Actor><name>…</name><description>…</description><capability>…</capability>
        <Position><dCoord>…</dCoord>…</Position><Salience><dSal>…</dSal>…</Salience>
      </Actor>…</Actors></Scenario>

Positions are 0–100 as in detente; saliences 0–100 become 0–1. An empty ``dCoord`` means the
actor takes no position on that dimension, so it has no stance there. KTAB's model parameters
(victory probability model, voting rule, …) belong to KTAB's own model and are not read. Entities
and external references are never resolved.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from lxml import etree

from detente.errors import InputFileError, ScenarioError
from detente.scenario.cells import (
    DEFAULT_KIND,
    make_identifier,
    number_text,
    parse_number,
    raise_inconsistency,
    to_float,
)
from detente.scenario.schema import Actor, Issue, Scenario, Stance
from detente.textfile import write_file

_HINT = "KTAB SMP XML needs <Scenario> with <Dimensions><dName> and <Actors><Actor> entries"


def looks_like_ktab_xml(text: str) -> bool:
    """Whether the text is an XML document whose root is a KTAB ``<Scenario>`` with dimensions."""
    head = text[:4000]
    return "<Scenario" in head and "<Dimensions>" in text[:20000]


def _text(element: etree._Element | None) -> str:
    return (element.text or "").strip() if element is not None else ""


def read_ktab_xml(path: Path, text: str) -> Scenario:
    """The scenario in a KTAB SMP XML file, or a one-line error naming the element at fault."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(text.lstrip("\ufeff").encode("utf-8"), parser)
    except etree.XMLSyntaxError as exc:
        line = exc.lineno or 1
        raise InputFileError(
            f"malformed XML ({exc.msg})", where=f"{path}:{line}", hint="check the tags"
        ) from None
    if root.tag != "Scenario":
        raise InputFileError(
            f"the root element is <{root.tag}>, not <Scenario>", where=str(path), hint=_HINT
        )
    dimensions = [_text(d) for d in root.iterfind("Dimensions/dName")]
    actors_xml = root.findall("Actors/Actor")
    if not dimensions or not actors_xml:
        raise ScenarioError("no dimensions or no actors", where=str(path), hint=_HINT)
    issue_ids: list[str] = []
    for n, name in enumerate(dimensions):
        issue_ids.append(make_identifier(name, issue_ids, f"dimension-{n + 1}"))
    actors: list[Actor] = []
    stances: list[Stance] = []
    taken: set[str] = set()
    lines: list[int] = []
    for element in actors_xml:
        where = f"{path}:{element.sourceline}"
        name = _text(element.find("name"))
        actor_id = make_identifier(name, taken, "actor")
        taken.add(actor_id)
        capability = parse_number(_text(element.find("capability")), "capability", where)
        label = _text(element.find("description")) or name or actor_id
        actors.append(Actor(actor_id, label, DEFAULT_KIND, to_float(capability)))
        lines.append(element.sourceline or 0)
        coords = [_text(c) for c in element.iterfind("Position/dCoord")]
        sals = [_text(s) for s in element.iterfind("Salience/dSal")]
        if len(coords) != len(dimensions) or len(sals) != len(dimensions):
            raise InputFileError(
                f"actor '{name}' has {len(coords)} positions and {len(sals)} saliences for "
                f"{len(dimensions)} dimensions",
                where=where,
                hint="give one <dCoord> and one <dSal> per <dName>",
            )
        for issue_id, coord, sal in zip(issue_ids, coords, sals, strict=True):
            if not coord:
                continue  # no position on this dimension
            position = to_float(parse_number(coord, "position", where))
            salience = to_float(parse_number(sal or "0", "salience", where)) / 100
            stances.append(Stance(actor_id, issue_id, position, salience))
    name = _text(root.find("name")) or path.stem
    scenario = Scenario(
        id=make_identifier(name, (), "scenario"),
        title=_text(root.find("desc")) or name,
        actors=tuple(actors),
        issues=tuple(
            Issue(i, d, {0.0: "0", 100.0: "100"})
            for i, d in zip(issue_ids, dimensions, strict=True)
        ),
        stances=tuple(stances),
    )
    raise_inconsistency(scenario, path, {"actors": lines})
    return scenario


def write_ktab_xml(scenario: Scenario, path: Path) -> None:
    """Write the scenario as KTAB SMP XML, saliences ×100; a missing stance is an empty
    ``dCoord`` with salience 0. Anchors, kinds, relations and evidence have no place in it."""
    stance = {(s.actor, s.issue): s for s in scenario.stances}
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<Scenario>"]
    out.append(f"  <name>{escape(scenario.id)}</name>")
    out.append(f"  <desc>{escape(scenario.title)}</desc>")
    out.append("  <Dimensions>")
    out += [f"    <dName>{escape(issue.id)}</dName>" for issue in scenario.issues]
    out.append("  </Dimensions>")
    out.append("  <Actors>")
    for actor in scenario.actors:
        out.append("    <Actor>")
        out.append(f"      <name>{escape(actor.id)}</name>")
        out.append(f"      <description>{escape(actor.name)}</description>")
        out.append(f"      <capability>{number_text(actor.capability)}</capability>")
        coords, sals = [], []
        for issue in scenario.issues:
            found = stance.get((actor.id, issue.id))
            coords.append(number_text(found.position) if found else "")
            sals.append(number_text(round(found.salience * 100, 12)) if found else "0")
        out.append(
            "      <Position>" + "".join(f"<dCoord>{c}</dCoord>" for c in coords) + "</Position>"
        )
        out.append("      <Salience>" + "".join(f"<dSal>{s}</dSal>" for s in sals) + "</Salience>")
        out.append("    </Actor>")
    out += ["  </Actors>", "</Scenario>", ""]
    write_file(path, "\n".join(out))
