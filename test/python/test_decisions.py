"""decisions.py: what a decision may hold, and what a stored one keeps after a catalog change."""

from __future__ import annotations

from typing import Any

import pytest

from custom_components.security_scorecard.catalog import parse_catalog
from custom_components.security_scorecard.decisions import (
    Decision,
    parse_check_id,
    parse_decision,
    restore_decisions,
)
from custom_components.security_scorecard.sync import SyncError
from scorecard_support import TEST_CATALOG

CATALOG = parse_catalog(TEST_CATALOG)
AT = "2026-12-01T10:00:00+00:00"


def test_a_decision_is_kind_and_stripped_reason() -> None:
    assert parse_decision({"kind": "risk_accepted", "reason": " LAN only "}, AT) == Decision(
        kind="risk_accepted", reason="LAN only", decided_at=AT
    )
    assert parse_check_id("auth-owner-mfa", CATALOG) == "auth-owner-mfa"


@pytest.mark.parametrize("raw", [None, [], {"kind": "mitigated", "reason": 5}, {"reason": "x"}])
def test_malformed_decisions_refused(raw: Any) -> None:
    with pytest.raises(SyncError) as err:
        parse_decision(raw, AT)
    assert err.value.code == "invalid_format"


def test_restore_keeps_what_is_still_allowed() -> None:
    stored = {
        "decisions": {
            "auth-owner-mfa": {"kind": "mitigated", "reason": "VPN only", "decided_at": AT},
            # Gone from the catalog, an unknown kind, a reason the rules now refuse, junk.
            "removed-check": {"kind": "mitigated", "reason": "x", "decided_at": AT},
            "updates-core-current": {"kind": "ignored", "reason": "x", "decided_at": AT},
            "backups-info": {"kind": "mitigated", "reason": "see <script>", "decided_at": AT},
            "secrets-plaintext-credential": "mitigated",
            "network-trusted-proxies-open": {"kind": "risk_accepted", "reason": "ok", "decided_at": 5},
        }
    }
    restored = restore_decisions(stored, CATALOG)
    assert restored == {
        "auth-owner-mfa": Decision("mitigated", "VPN only", AT),
        "network-trusted-proxies-open": Decision("risk_accepted", "ok", ""),
    }
    for junk in (None, [], {"decisions": []}, {}):
        assert restore_decisions(junk, CATALOG) == {}
