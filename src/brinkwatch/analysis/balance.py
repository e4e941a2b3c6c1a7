"""The conflict-cooperation balance: one definition, used by `dyad`, `alerts`, the API and the dashboard.

For a dyad and a period t (a day, week or month), counting what the scope counts (store/filters.py):

    d_t = cooperation_t - conflict_t            the dyad's cooperative minus conflictual events in t
    V_t = events of every dyad in t             the store's volume that period (same unit and scope)
    r   = sum(d) / sum(V)                       the dyad's baseline rate: all its periods, first to last
    K   = median V over the store's non-empty periods (at least 1): the prior weight, in events

    balance_t = 1000 * (d_t + K * r) / (V_t + K)

Read it as "cooperation minus conflict per 1,000 events in the store that period", shrunk toward the
dyad's own baseline by K pseudo-events. Normalising by V_t keeps a busy news week from reading as an
escalation; the K pseudo-events keep a quiet period - a lone historical event in a year with no other
news, say - from swinging to +-1000 on one report: it moves the line only as far as one event among
K + 1. A period the dyad is silent in reads as r scaled by how quiet the store was (K / (V_t + K)).
Historical events count on their own date (the event date), not the story's publication date.

The baseline uses the dyad's whole history, not the window asked for, so the same week has the same
balance whichever `--since`/`--until` a caller gives.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from statistics import median

PER = 1000.0  # the balance is per thousand events of the period


@dataclass(frozen=True, slots=True)
class Prior:
    """What a period's balance is shrunk toward (rate r) and how strongly (weight K, in events)."""

    rate: float = 0.0
    weight: float = 1.0


def prior_weight(volumes: Mapping[date, int]) -> float:
    """K: the median volume of the store's non-empty periods (1 for an empty store)."""
    busy = [v for v in volumes.values() if v > 0]
    return max(1.0, float(median(busy))) if busy else 1.0


def baseline_rate(differences: Mapping[date, int], span: Iterable[date], volumes: Mapping[date, int]) -> float:
    """r: the dyad's cooperation minus conflict over the store's volume across its periods `span`."""
    total_volume = sum(volumes.get(p, 0) for p in span)
    if total_volume <= 0:
        return 0.0
    return sum(differences.values()) / total_volume


def balance(difference: int, volume: int, prior: Prior) -> float:
    """balance_t = 1000 * (d_t + K * r) / (V_t + K), rounded to 0.001."""
    return round(PER * (difference + prior.weight * prior.rate) / (volume + prior.weight), 3)
