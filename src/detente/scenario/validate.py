"""Cross-record checks no single field can make: ids that must exist, be unique, be covered."""

from __future__ import annotations

from detente.scenario.schema import COOPERATION_TERMS, Scenario

#: (field path, what is wrong, what to do)
Problem = tuple[tuple[str | int, ...], str, str]


def check_consistency(scenario: Scenario) -> Problem | None:
    """The first inconsistency in the scenario, or None when it is sound."""
    actor_ids: set[str] = set()
    for n, actor in enumerate(scenario.actors):
        if actor.id in actor_ids:
            return (
                ("actors", n, "id"),
                f"duplicate actor id '{actor.id}'",
                "give each actor its own id",
            )
        actor_ids.add(actor.id)
    issue_ids: set[str] = set()
    for n, issue in enumerate(scenario.issues):
        if issue.id in issue_ids:
            return (
                ("issues", n, "id"),
                f"duplicate issue id '{issue.id}'",
                "give each issue its own id",
            )
        issue_ids.add(issue.id)
    seen: set[tuple[str, str]] = set()
    for n, stance in enumerate(scenario.stances):
        if stance.actor not in actor_ids:
            return (
                ("stances", n, "actor"),
                f"unknown actor '{stance.actor}'",
                "use an id listed under actors, or add the actor",
            )
        if stance.issue not in issue_ids:
            return (
                ("stances", n, "issue"),
                f"unknown issue '{stance.issue}'",
                "use an id listed under issues, or add the issue",
            )
        if (stance.actor, stance.issue) in seen:
            return (
                ("stances", n),
                f"second stance of '{stance.actor}' on '{stance.issue}'",
                "keep one stance per actor and issue",
            )
        seen.add((stance.actor, stance.issue))
    covered = {issue for _, issue in seen}
    for n, issue in enumerate(scenario.issues):
        if issue.id not in covered:
            return (
                ("issues", n, "id"),
                f"issue '{issue.id}' has no stances",
                "add at least one stance on it or remove the issue",
            )
    for n, relation in enumerate(scenario.relations):
        for end in ("a", "b", "about"):
            ref = getattr(relation, end)
            if ref is not None and ref not in actor_ids:
                return (
                    ("relations", n, end),
                    f"unknown actor '{ref}'",
                    "use an id listed under actors",
                )
        if relation.a == relation.b:
            return (("relations", n, "b"), "an actor cannot relate to itself", "name two actors")
        terms = [name for name in COOPERATION_TERMS if getattr(relation, name) is not None]
        if terms and relation.kind != "common-enemy":
            return (
                ("relations", n, terms[0]),
                f"a '{relation.kind}' relation cannot carry the terms of a joint action",
                "move the field to the pair's common-enemy relation or remove it",
            )
        if relation.joint_issue is not None and relation.joint_issue not in issue_ids:
            return (
                ("relations", n, "joint_issue"),
                f"unknown issue '{relation.joint_issue}'",
                "use an id listed under issues",
            )
    return None
