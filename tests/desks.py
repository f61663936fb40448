"""Several workstations acting at the same moment, in one test process.

Each desk is a thread with services of its own over the test's database (its own connection, its
own session and clock, as a second workstation has); all wait at a barrier and are let go at once,
so their checks and writes really overlap. The tests add latency where each race lives, so that
the overlap does not depend on luck.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from clinic_desktop.services import ClinicServices
from clinic_desktop.store.repositories import Store

T = TypeVar("T")
TIMEOUT = 120  # seconds: a desk stuck this long is a failure (a deadlock), not a slow machine


def at_once(
    services: ClinicServices, work: Callable[[ClinicServices, int], T], desks: int
) -> tuple[list[T], list[Exception]]:
    """Run ``work(desk_services, number)`` at ``desks`` desks at once: what they returned, what they
    raised (every desk finished one way or the other)."""
    barrier = threading.Barrier(desks)
    results: list[T] = []
    errors: list[Exception] = []
    lock = threading.Lock()

    def desk(number: int) -> None:
        store = Store(services.store.database, services.store.location)
        own = ClinicServices(store=store, clock=replace(services.clock), session=services.session)
        try:
            barrier.wait(timeout=TIMEOUT)
            result = work(own, number)
            with lock:
                results.append(result)
        except Exception as exc:  # collected: the test says which refusals it expects
            with lock:
                errors.append(exc)
        finally:
            own.end_thread()

    threads = [threading.Thread(target=desk, args=(n,), name=f"desk-{n}") for n in range(desks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(TIMEOUT)
    assert not any(t.is_alive() for t in threads), "a desk never finished (a deadlock?)"
    assert len(results) + len(errors) == desks
    return results, errors
