"""The owner's decisions about findings, kept on the server so every judge applies them.

A decision marks one check "risk accepted" (the finding stays, nothing nags) or
"mitigated elsewhere" (e.g. TLS at a reverse proxy). The card, the CLI's `audit` and hence
Repairs read them from here: a decision made in one place is applied everywhere, and two
judges cannot flap a Repairs issue. The backend still never judges: it only stores what
the owner decided, validated like a sync (known check ids, plain bounded text), and keeps
Repairs from showing a decided check.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from homeassistant.helpers.storage import Store

from .catalog import Catalog
from .const import MAX_ID_LEN, MAX_REASON_LEN
from .sync import ID_RE, SyncError, plain_text_problem

KINDS: tuple[str, ...] = ("risk_accepted", "mitigated")


@dataclass(frozen=True, slots=True)
class Decision:
    """One check's decision: its kind, the owner's reason and when it was made."""

    kind: str
    reason: str
    decided_at: str

    def as_dict(self) -> dict[str, str]:
        """JSON form for the Store and the WebSocket answer."""
        return {"kind": self.kind, "reason": self.reason, "decided_at": self.decided_at}


def _invalid(message: str) -> SyncError:
    return SyncError("invalid_format", message)


def parse_check_id(raw: Any, catalog: Catalog) -> str:
    """A check id the catalog knows; raises SyncError (a well-formed unknown id is named)."""
    if not isinstance(raw, str) or len(raw) > MAX_ID_LEN or not ID_RE.match(raw):
        raise _invalid("check_id is not a check id")
    if catalog.get(raw) is None:
        raise _invalid(f"unknown check id: {raw}")
    return raw


def parse_decision(raw: Any, decided_at: str) -> Decision:
    """`{kind, reason}` as sent by a judge; raises SyncError without echoing the reason."""
    if not isinstance(raw, dict) or set(raw) - {"kind", "reason"}:
        raise _invalid("decision must be an object with kind and reason, or null to clear")
    kind = raw.get("kind")
    if kind not in KINDS:
        raise _invalid(f"decision.kind must be one of {', '.join(KINDS)}")
    reason = raw.get("reason")
    if not isinstance(reason, str) or not reason.strip():
        raise _invalid("decision.reason must be a non-empty string")
    if len(reason) > MAX_REASON_LEN:
        raise _invalid(f"decision.reason is longer than {MAX_REASON_LEN} characters")
    if (problem := plain_text_problem(reason)) is not None:
        raise _invalid(f"decision.reason {problem}")
    return Decision(kind=str(kind), reason=reason.strip(), decided_at=decided_at)


def restore_decisions(data: Any, catalog: Catalog) -> dict[str, Decision]:
    """Stored decisions the current catalog and rules still allow; the rest are dropped."""
    raw = data.get("decisions") if isinstance(data, dict) else None
    if not isinstance(raw, dict):
        return {}
    decisions: dict[str, Decision] = {}
    for check_id, item in raw.items():
        if not isinstance(item, dict):
            continue
        stored_at = item.get("decided_at")
        try:
            parse_check_id(check_id, catalog)
            decisions[check_id] = parse_decision(
                {k: v for k, v in item.items() if k != "decided_at"},
                stored_at if isinstance(stored_at, str) and len(stored_at) <= 40 else "",
            )
        except SyncError:
            continue
    return decisions


class DecisionStore:
    """The decisions of the loaded entry and their Store (written at once: they change rarely)."""

    def __init__(self, store: Store[dict[str, Any]], decisions: dict[str, Decision]) -> None:
        """Wrap restored decisions and the Store they are written to."""
        self._store = store
        self._decisions = decisions

    @property
    def decided(self) -> frozenset[str]:
        """The check ids with a decision."""
        return frozenset(self._decisions)

    def as_dict(self) -> dict[str, dict[str, str]]:
        """All decisions by check id, sorted, as the WebSocket answer and the Store hold them."""
        return {check_id: self._decisions[check_id].as_dict() for check_id in sorted(self._decisions)}

    async def async_set(self, check_id: str, decision: Decision | None) -> None:
        """Record (or, with None, clear) a check's decision and write the Store."""
        if decision is None:
            if self._decisions.pop(check_id, None) is None:
                return
        else:
            self._decisions[check_id] = decision
        await self._store.async_save({"decisions": self.as_dict()})
