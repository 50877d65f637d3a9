"""A token bucket: bursts up to a size, then a steady rate; refuses beyond that."""

from __future__ import annotations

from collections.abc import Callable
import time


class TokenBucket:
    """`burst` calls at once, then one more every `interval` seconds."""

    def __init__(
        self, burst: int, interval: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        """Start full: the first `burst` calls pass at once."""
        if burst < 1 or interval <= 0:
            raise ValueError("burst must be at least 1 and interval positive")
        self.burst = burst
        self.interval = interval
        self._clock = clock
        self._tokens = float(burst)
        self._updated = clock()

    def try_take(self) -> float | None:
        """Take one token: None when allowed, else the seconds until one is free."""
        now = self._clock()
        elapsed = max(0.0, now - self._updated)
        self._tokens = min(float(self.burst), self._tokens + elapsed / self.interval)
        self._updated = now
        if self._tokens >= 1.0:
            self._tokens -= 1.0
            return None
        return (1.0 - self._tokens) * self.interval
