"""A short, bounded log of evaluations: when, score, grade and which checks failed (ids only).

The card reads it to say what changed since the previous evaluation ("fixed since …",
"new since …"); each accepted sync fires `security_scorecard_evaluated` with that change, so
an automation (the shipped blueprint) can notify on a drop or a new serious finding. It
holds no placeholders and no evidence: ids, grades, scores and times, nothing the owner
wrote. Entries are distinct states: a sync with the same score, grade and failing checks as
the newest entry only moves that entry's time, so "since …" names the last evaluation that
still saw the old state and a burst of identical syncs cannot push history out.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Final

from homeassistant.util import dt as dt_util

from .catalog import Catalog
from .sync import ID_RE, SyncState

# About a month of daily evaluations that changed something; the trend itself comes
# from the recorder, this only has to reach back to the previous evaluation.
MAX_EVALUATIONS: Final = 20
EVENT_EVALUATED: Final = "security_scorecard_evaluated"
# The severities the blueprint calls serious ("a new critical or high finding").
SERIOUS_SEVERITIES: Final = frozenset({"critical", "high"})


@dataclass(frozen=True, slots=True)
class Evaluation:
    """One evaluation as the log keeps it."""

    evaluated_at: str
    score: int | None
    grade: str
    failing: tuple[str, ...]

    @classmethod
    def from_sync(cls, state: SyncState) -> Evaluation:
        return cls(
            evaluated_at=state.evaluated_at,
            score=state.score,
            grade=state.grade,
            failing=tuple(sorted(f.id for f in state.failing)),
        )

    def same_state(self, other: Evaluation) -> bool:
        return (self.score, self.grade, self.failing) == (other.score, other.grade, other.failing)

    def as_dict(self) -> dict[str, Any]:
        return {
            "evaluated_at": self.evaluated_at,
            "score": self.score,
            "grade": self.grade,
            "failing": list(self.failing),
        }


@dataclass(frozen=True, slots=True)
class Change:
    """What one sync changed against the newest logged evaluation before it."""

    current: Evaluation
    previous: Evaluation | None
    new_failing: tuple[str, ...]
    fixed: tuple[str, ...]

    def event_data(self, catalog: Catalog) -> dict[str, Any]:
        """The `security_scorecard_evaluated` event: ids and numbers only."""
        previous = self.previous
        return {
            "score": self.current.score,
            "grade": self.current.grade,
            "evaluated_at": self.current.evaluated_at,
            "previous_score": previous.score if previous else None,
            "previous_grade": previous.grade if previous else None,
            "previous_evaluated_at": previous.evaluated_at if previous else None,
            "new_failing": list(self.new_failing),
            "fixed": list(self.fixed),
            "new_critical_high": [
                check_id
                for check_id in self.new_failing
                if (entry := catalog.get(check_id)) is not None
                and entry.severity in SERIOUS_SEVERITIES
            ],
        }


class EvaluationLog:
    """The newest MAX_EVALUATIONS distinct evaluations, oldest first."""

    def __init__(self, entries: Iterable[Evaluation] = ()) -> None:
        self._entries: deque[Evaluation] = deque(entries, maxlen=MAX_EVALUATIONS)

    def record(self, state: SyncState) -> Change:
        """Log an accepted sync; return what changed since the newest entry before it.

        The very first evaluation has nothing to compare with: nothing is "new" then
        (an owner installing the integration is not told every finding twice).
        """
        current = Evaluation.from_sync(state)
        previous = self._entries[-1] if self._entries else None
        if previous is not None and previous.same_state(current):
            self._entries[-1] = current
        else:
            self._entries.append(current)
        if previous is None:
            return Change(current=current, previous=None, new_failing=(), fixed=())
        before, after = set(previous.failing), set(current.failing)
        return Change(
            current=current,
            previous=previous,
            new_failing=tuple(sorted(after - before)),
            fixed=tuple(sorted(before - after)),
        )

    def as_list(self) -> list[dict[str, Any]]:
        return [entry.as_dict() for entry in self._entries]

    def __len__(self) -> int:
        return len(self._entries)


def _restore_entry(raw: Any, catalog: Catalog) -> Evaluation | None:
    """A stored entry as the current catalog allows it, or None when it is not one."""
    if not isinstance(raw, dict):
        return None
    evaluated_at, score, grade, failing = (
        raw.get("evaluated_at"),
        raw.get("score"),
        raw.get("grade"),
        raw.get("failing"),
    )
    if not isinstance(evaluated_at, str) or len(evaluated_at) > 40:
        return None
    if dt_util.parse_datetime(evaluated_at) is None:
        return None
    if score is not None and (isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= 100):
        return None
    if not isinstance(grade, str) or grade not in catalog.grades or not isinstance(failing, list):
        return None
    # Checks since removed from the catalog are dropped, not the whole entry.
    ids = sorted(
        {f for f in failing if isinstance(f, str) and ID_RE.match(f) and catalog.get(f) is not None}
    )
    return Evaluation(evaluated_at=evaluated_at, score=score, grade=grade, failing=tuple(ids))


def restore_evaluations(data: Any, catalog: Catalog, last_sync: SyncState | None) -> EvaluationLog:
    """The stored log (`evaluations` beside the last sync in its Store), re-validated.

    A store written before the log existed holds only the last sync: the log starts with it.
    """
    raw = data.get("evaluations") if isinstance(data, dict) else None
    entries = [e for r in (raw if isinstance(raw, list) else ()) if (e := _restore_entry(r, catalog))]
    if not entries and last_sync is not None:
        entries = [Evaluation.from_sync(last_sync)]
    return EvaluationLog(entries[-MAX_EVALUATIONS:])
