"""A slow, plainly written expected-utility model to check detente.models.eum against.

One issue at a time, Python loops over actors, no NumPy: each function is one equation of
docs/eum.md. It shares nothing with the vectorised model but the parameter record.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from detente.models.eum import (
    CLOSER_TO_MEDIAN,
    EQUAL_UTILITY,
    EVEN_EXPOSURE,
    SAME_POSITION,
    EumParameters,
)

KIND_ORDER = {"confrontation": 0, "compromise": 1, "capitulation": 2}


@dataclass
class ReferenceRound:
    """One round: positions after it, risk exponents, every offer made and each one accepted."""

    positions: list[float]
    risk: dict[int, float]
    offers: dict[tuple[int, int], tuple[str, float]]  # (receiver, proposer) → (kind, target)
    accepted: dict[int, tuple[int, str, float]]  # receiver → (proposer, kind, target)


@dataclass
class ReferenceIssue:
    """A whole run on one issue."""

    rounds: list[ReferenceRound] = field(default_factory=list)
    converged: bool = True
    forecast: float = float("nan")


def weighted_median(positions: list[float], weights: list[float]) -> float:
    """Where the running weight, in order of position, first reaches half the total.

    On an exact half, the midpoint between that position and the next weighted one.
    """
    order = sorted(range(len(positions)), key=lambda k: positions[k])
    total = sum(weights)
    half, slack = total / 2, 1e-12 * total
    running = 0.0
    for n, k in enumerate(order):
        running += weights[k]
        if running >= half - slack:
            if abs(running - half) > slack:
                return positions[k]
            for later in order[n + 1 :]:
                if weights[later] > 0:
                    return (positions[k] + positions[later]) / 2
            return positions[k]
    return positions[order[-1]]


def play_issue(
    positions: list[float],
    saliences: list[float],
    capabilities: list[float],
    taking_part: list[bool],
    parameters: EumParameters,
) -> ReferenceIssue:
    """Play the model on one issue until no one moves more than the tolerance, or the limit."""
    p = parameters
    actors = [k for k in range(len(positions)) if taking_part[k]]
    x = list(positions)
    s = saliences
    w = {k: capabilities[k] * saliences[k] for k in actors}
    if sum(w.values()) <= 0:
        w = dict.fromkeys(actors, 1.0)
    run = ReferenceIssue()

    def centre() -> float:
        if p.forecast == "mean":
            return sum(w[k] * x[k] for k in actors) / sum(w[k] for k in actors)
        return weighted_median([x[k] for k in actors], [w[k] for k in actors])

    if not actors:
        return run
    if len(actors) < 2 or max(x[k] for k in actors) == min(x[k] for k in actors):
        run.forecast = centre()
        return run
    d = max(x[k] for k in actors) - min(x[k] for k in actors)  # the starting range, kept

    def vote(k: int, i: int, j: int) -> float:
        """Actor k's vote for i over j."""
        return w[k] * (abs(x[k] - x[j]) - abs(x[k] - x[i]))

    def votes_cast(i: int, j: int) -> float:
        return sum(abs(vote(k, i, j)) for k in actors)

    def probability(i: int, j: int, all_votes: float) -> float:
        """P_ij, the chance i prevails against j."""
        if p.probability == "net":
            numerator = max(sum(vote(k, i, j) for k in actors), 0.0)
        else:
            numerator = sum(vote(k, i, j) for k in actors if vote(k, i, j) > 0)
        denominator = all_votes if p.probability == "all-pairs" else votes_cast(i, j)
        return numerator / denominator if denominator > 0 else 0.5

    def above(a: float, b: float) -> bool:
        """a exceeds b by more than the margin within which utilities count as equal."""
        return a > b + EQUAL_UTILITY

    def u(base: float, r: float) -> float:
        return 2 - 4 * max(base, 0.0) ** r

    def expected_utility(a: int, b: int, r: float, mu: float, prob: dict) -> float:
        """E: a's expected utility of challenging b, with risk exponent r."""
        delta = abs(x[a] - x[b]) / d
        drift = 0.25 * (abs(x[a] - mu) / d + delta)
        success, failure = u(0.5 - 0.5 * delta, r), u(0.5 + 0.5 * delta, r)
        better, worse, status_quo = u(0.5 - drift, r), u(0.5 + drift, r), u(0.5, r)
        if p.improvement_probability == CLOSER_TO_MEDIAN:
            t = 1.0 if abs(x[a] - mu) < abs(x[a] - x[b]) - SAME_POSITION * d else 0.0
        else:
            t = float(p.improvement_probability)
        q = p.status_quo_probability
        pr = prob[a, b]
        return (
            s[b] * (pr * success + (1 - pr) * failure)
            + (1 - s[b]) * success
            - q * status_quo
            - (1 - q) * (t * better + (1 - t) * worse)
        )

    for _ in range(p.max_rounds):
        start = list(x)
        mu = centre()
        all_votes = sum(votes_cast(i, j) for i in actors for j in actors)
        prob = {(i, j): probability(i, j, all_votes) for i in actors for j in actors if i != j}

        exposure = {
            i: sum(expected_utility(j, i, 1.0, mu, prob) for j in actors if j != i) for i in actors
        }
        high, low = max(exposure.values()), min(exposure.values())
        risk = {}
        for i in actors:
            if high - low <= EVEN_EXPOSURE:
                risk[i] = 1.0
            else:
                big_r = (2 * exposure[i] - high - low) / (high - low)
                risk[i] = (1 - big_r / 3) / (1 + big_r / 3)

        offers: dict[tuple[int, int], tuple[str, float]] = {}
        strength: dict[tuple[int, int], float] = {}
        for i in actors:
            for j in actors:
                if j == i or abs(x[j] - x[i]) <= SAME_POSITION * d:
                    continue  # the same position: nothing to offer
                own = expected_utility(i, j, risk[i], mu, prob)
                seen_by = risk[i] if p.rival_risk == "perceiver" else risk[j]
                rival = expected_utility(j, i, seen_by, mu, prob)
                if above(own, 0) and above(rival, own):
                    offers[i, j] = ("confrontation", x[j])
                elif not above(own, 0) and above(rival, 0) and above(rival, -own):
                    if p.compromise == "proportional":
                        meet = x[i] + (x[j] - x[i]) * (-own / rival)
                    else:
                        meet = (-own * x[i] + rival * x[j]) / (rival - own)
                    meet = min(max(meet, min(x[i], x[j])), max(x[i], x[j]))
                    offers[i, j] = ("compromise", meet)
                elif not above(own, 0) and above(rival, 0):
                    offers[i, j] = ("capitulation", x[j])
                strength[i, j] = rival

        accepted: dict[int, tuple[int, str, float]] = {}
        for i in actors:
            received = [j for j in actors if (i, j) in offers]  # in proposer order
            if not received:
                continue

            if p.offer_choice == "by-kind":
                first_kind = min(KIND_ORDER[offers[i, j][0]] for j in received)
                received = [j for j in received if KIND_ORDER[offers[i, j][0]] == first_kind]
            elif p.offer_choice == "strongest":
                most = max(strength[i, j] for j in received)
                received = [j for j in received if not above(most, strength[i, j])]
            # then the least movement, the proposer that gains most, the lower target
            least = min(abs(offers[i, j][1] - x[i]) for j in received)
            received = [j for j in received if abs(offers[i, j][1] - x[i]) == least]
            most = max(strength[i, j] for j in received)
            received = [j for j in received if not above(most, strength[i, j])]
            lowest = min(offers[i, j][1] for j in received)
            best = next(j for j in received if offers[i, j][1] == lowest)
            accepted[i] = (best, *offers[i, best])

        x = [accepted[k][2] if k in accepted else x[k] for k in range(len(x))]
        run.rounds.append(ReferenceRound(list(x), risk, offers, accepted))
        if max(abs(x[k] - start[k]) for k in actors) <= p.tolerance:
            break
    else:
        run.converged = False
    run.forecast = centre()
    return run
