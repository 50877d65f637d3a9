"""Mirror failing checks into Settings → Repairs.

One issue per failing check of severity critical, high or medium (REPAIRS_SEVERITIES);
low and info findings stay in the card. Text comes from translations generated from the
catalog (issues.<check id>), so the backend never writes its own judgment.
"""

from __future__ import annotations

from collections.abc import Collection

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import issue_registry as ir

from .catalog import Catalog
from .const import DOMAIN, REPAIRS_SEVERITIES
from .sync import SyncState

_SEVERITY = {
    "critical": ir.IssueSeverity.CRITICAL,
    "high": ir.IssueSeverity.ERROR,
}


@callback
def async_mirror(
    hass: HomeAssistant,
    catalog: Catalog,
    state: SyncState | None,
    decided: Collection[str] = (),
) -> list[str]:
    """Make the domain's issues exactly the undecided failing checks of `state`; return their ids.

    Issues of this domain not in `state` (passing now, removed from the catalog, or left
    from before a restart) are deleted. A check with an owner's decision (`decided`) is
    not an issue: every judge applies the decision before it syncs, and a sync from a
    judge that does not know it yet must not raise the issue again.
    """
    wanted: dict[str, dict[str, str]] = {}
    for failing in state.failing if state else ():
        if failing.id in decided:
            continue
        entry = catalog.get(failing.id)
        if entry is not None and entry.severity in REPAIRS_SEVERITIES:
            wanted[failing.id] = failing.placeholders

    registry = ir.async_get(hass)
    existing = [issue_id for (domain, issue_id) in list(registry.issues) if domain == DOMAIN]
    for issue_id in existing:
        if issue_id not in wanted:
            ir.async_delete_issue(hass, DOMAIN, issue_id)

    for check_id, placeholders in wanted.items():
        entry = catalog.checks[check_id]
        ir.async_create_issue(
            hass,
            DOMAIN,
            check_id,
            is_fixable=False,
            # Not persistent: after a restart the issues come back from the stored last
            # sync (async_setup_entry), never from a stale registry entry.
            is_persistent=False,
            learn_more_url=entry.learn_more_url,
            severity=_SEVERITY.get(entry.severity, ir.IssueSeverity.WARNING),
            translation_key=check_id,
            translation_placeholders=placeholders or None,
        )
    return sorted(wanted)


@callback
def async_clear(hass: HomeAssistant) -> None:
    """Delete every issue of the domain (the entry is unloaded, disabled or removed)."""
    registry = ir.async_get(hass)
    for domain, issue_id in list(registry.issues):
        if domain == DOMAIN:
            ir.async_delete_issue(hass, DOMAIN, issue_id)
