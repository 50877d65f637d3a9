"""Where Home Assistant 2024.3.3 and the current release differ, for the backend tests.

Every test that must know the release reads it here, from one table, rather than testing
versions itself. The integration's own code keeps its differences in its own modules
(http_observer.py, card_registration.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
import inspect
from typing import Any
from unittest.mock import patch

from homeassistant.components import frontend, http
from homeassistant.const import __version__ as HA_VERSION


@dataclass(frozen=True)
class ReleaseExpectations:
    """What the HTTP facts say on a release, where the releases truly differ."""

    # Origin of the HTTP facts when configuration.yaml has an `http:` block: 2026.8+ migrates
    # it into `.storage/http` (components/http/config.py) and runs from the store.
    origin_with_yaml: str
    # Origin with no `http:` block (or a broken one): built-in defaults on 2024.3; current
    # releases write those defaults to `.storage/http` and run from the store.
    origin_without_yaml: str
    # hass.http.server_host when none is configured: None on 2024.3; core's explicit
    # default bind list on current releases.
    default_server_host: list[str] | None


_EXPECTATIONS: dict[str, ReleaseExpectations] = {
    "2024.3": ReleaseExpectations(
        origin_with_yaml="yaml", origin_without_yaml="default", default_server_host=None
    ),
    "2026.10": ReleaseExpectations(
        origin_with_yaml="store",
        origin_without_yaml="store",
        default_server_host=["0.0.0.0", "::"],
    ),
}

RELEASE = ".".join(HA_VERSION.split(".")[:2])
EXPECT = _EXPECTATIONS[RELEASE]


def url_manager() -> Any:
    """An empty frontend.UrlManager: 2024.3 takes (urls); current releases (on_change, urls)."""
    params = list(inspect.signature(frontend.UrlManager.__init__).parameters)
    if "on_change" in params:
        return frontend.UrlManager(lambda *_: None, [])
    return frontend.UrlManager([])


@contextmanager
def http_never_binds() -> Iterator[None]:
    """Keep the http integration from binding 0.0.0.0:8123; the tests talk to its app directly.

    2024.3: http.start_http_server_and_save_config. Current releases: HomeAssistantHTTP
    async_bind() and start() (what phcc's own fixture patches).
    """
    with ExitStack() as stack:
        if hasattr(http, "start_http_server_and_save_config"):
            stack.enter_context(patch("homeassistant.components.http.start_http_server_and_save_config"))
        for name in ("async_bind", "start"):
            if hasattr(http.HomeAssistantHTTP, name):
                stack.enter_context(patch.object(http.HomeAssistantHTTP, name))
        yield
