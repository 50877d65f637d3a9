"""Constants of the Security Scorecard integration."""

from __future__ import annotations

from datetime import timedelta
from typing import Final

DOMAIN: Final = "security_scorecard"
NAME: Final = "Security Scorecard"
PROJECT_URL: Final = "https://github.com/ha-security-scorecard/ha-security-scorecard"

# WebSocket command types.
WS_FACTS: Final = "security_scorecard/facts"
WS_SUBSCRIBE: Final = "security_scorecard/subscribe"
WS_SYNC: Final = "security_scorecard/sync"
WS_DECISIONS: Final = "security_scorecard/decisions"
WS_DECIDE: Final = "security_scorecard/decide"
WS_EVALUATIONS: Final = "security_scorecard/evaluations"

SCHEMA_VERSION: Final = 1
# The facts/subscribe wire contract (docs/architecture.md, "Contract version"): the card and
# the CLI send it with facts/subscribe and check it in every answer, so a card and an
# integration of different versions say so instead of judging a shape they do not know.
CONTRACT_VERSION: Final = 2
ERR_INCOMPATIBLE: Final = "incompatible_version"
INCOMPATIBLE_MESSAGE: Final = (
    "the Security Scorecard integration and card are different versions: reload the page / update HACS"
)

# Options (config_flow.py OptionsFlow): the sidebar panel (panel.py), off by default.
OPTION_PANEL: Final = "panel"

# Storage of the last sync, so Repairs and the sensor survive restarts without stale issues.
STORE_KEY: Final = f"{DOMAIN}.last_sync"
STORE_VERSION: Final = 1
# The owner's decisions about findings (decisions.py), apart from the last sync: a sync
# replaces its store wholesale, a decision changes one check.
DECISIONS_STORE_KEY: Final = f"{DOMAIN}.decisions"
DECISIONS_STORE_VERSION: Final = 1

# The card bundle shipped inside the integration.
FRONTEND_DIR: Final = "frontend"
CARD_FILENAME: Final = "security-scorecard-card.js"
CARD_URL: Final = f"/{DOMAIN}/{CARD_FILENAME}"

CATALOG_FILENAME: Final = "catalog.json"

# Sync payload bounds.
MAX_FAILING: Final = 200
MAX_PLACEHOLDERS: Final = 8
MAX_PLACEHOLDER_LEN: Final = 100
MAX_GRADE_LEN: Final = 3
MAX_ID_LEN: Final = 64
# A decision's reason: one line of plain text (the card's editor has the same bound).
MAX_REASON_LEN: Final = 200

# Sync flood control: a card or CLI syncs once per evaluation, so 10 at once and then one
# every 2 s is ample; beyond that a sync is refused, not queued. The last sync is written
# to .storage at most once per SYNC_SAVE_DELAY (and at shutdown).
SYNC_BURST: Final = 10
SYNC_INTERVAL: Final = 2.0
SYNC_SAVE_DELAY: Final = 10.0

# Which catalog severities become Repairs issues: low/info findings stay in the card,
# so Repairs is not flooded with advice: it holds the serious findings.
REPAIRS_SEVERITIES: Final = frozenset({"critical", "high", "medium"})

# Observation timing.
FACTS_TIMEOUT: Final = 30.0
FILE_POLL_INTERVAL: Final = timedelta(seconds=30)
AUTH_POLL_INTERVAL: Final = timedelta(seconds=60)
DEBOUNCE_SECONDS: Final = 2.0
SUDO_TIMEOUT: Final = 2.0
# `sudo -n true` at most this often (host_observer.SudoProbe): a denied try is logged and,
# with sudo's defaults, mailed to root, and dashboards ask for facts at every opening.
SUDO_PROBE_INTERVAL: Final = 3600.0
