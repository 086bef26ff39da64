"""Background analysis tasks: each :class:`Analysis` row is a task.

``enqueue`` starts (on demand) one daemon worker thread in this process that runs queued tasks
until none is left; ``run_analysis_tasks`` runs the same loop as a separate worker. A task is
claimed with one conditional UPDATE, so several workers never run the same one. With the setting
``BOWLBY_ANALYZER_SYNC = True`` (tests) a task runs at once, in the caller's thread.
"""

from __future__ import annotations

import logging
import threading
import time

from django.conf import settings
from django.db import OperationalError, close_old_connections, connection
from django.utils import timezone

from bowlby.coding.errors import TranscriptFormatError
from bowlby.web.analyzer import engine
from bowlby.web.analyzer.models import Analysis

log = logging.getLogger(__name__)
_worker: threading.Thread | None = None
_worker_lock = threading.Lock()


def run_synchronously() -> bool:
    return bool(getattr(settings, "BOWLBY_ANALYZER_SYNC", False))


def enqueue(record: Analysis) -> None:
    """Queue ``record`` (again) and make sure something will run it."""
    Analysis.objects.filter(pk=record.pk).update(
        status=Analysis.QUEUED, progress=0, error="", result=None, started=None, finished=None
    )
    if run_synchronously():
        run_task(record.pk)
    else:
        _ensure_worker()
    record.refresh_from_db()


def _ensure_worker() -> None:
    global _worker
    with _worker_lock:
        if _worker is None or not _worker.is_alive():
            _worker = threading.Thread(target=_work, name="bowlby-analysis", daemon=True)
            _worker.start()


def _work() -> None:
    try:
        while run_next():
            pass
    finally:
        connection.close()


def run_next() -> bool:
    """Claim and run the oldest queued task; False when there is none."""
    # A long-lived worker drops stale connections between tasks; inside a transaction (a
    # caller's atomic block, or a test) closing would break the caller's connection.
    if not connection.in_atomic_block:
        close_old_connections()
    for pk in (
        Analysis.objects.filter(status=Analysis.QUEUED)
        .order_by("created")[:5]
        .values_list("pk", flat=True)
    ):
        if run_task(pk):
            return True
    return False


def _retrying(write):
    """Run a database write, retrying briefly when SQLite reports a lock: a reader holding the
    table must not leave a task half-claimed or a finished task looking "running" forever."""
    for attempt in range(8):
        try:
            return write()
        except OperationalError as error:
            if "locked" not in str(error) or attempt == 7:
                raise
            time.sleep(0.1 * (attempt + 1))
    return None


def _update(pk: int, **fields) -> None:
    _retrying(lambda: Analysis.objects.filter(pk=pk).update(**fields))


def run_task(pk: int) -> bool:
    """Run task ``pk`` if it is still queued; True if this call ran it."""
    claimed = _retrying(
        lambda: Analysis.objects.filter(pk=pk, status=Analysis.QUEUED).update(
            status=Analysis.RUNNING, progress=5, started=timezone.now()
        )
    )
    if not claimed:
        return False
    record = Analysis.objects.get(pk=pk)
    try:
        transcript = engine.read(
            record.text,
            name=record.source_name or None,
            format=record.format,
            mode=record.mode,
            roles=record.roles,
        )
        _update(pk, progress=25)
        engine.get_analyzer()
        _update(pk, progress=50)
        result = engine.analyse(transcript)
    except TranscriptFormatError as exc:
        _fail(pk, str(exc))
    except Exception as exc:  # a task must end in "failed", never stay "running"
        log.exception("analysis %s failed", pk)
        _fail(pk, f"The analyzer stopped with an error: {exc}. Retry, or report it with the file.")
    else:
        _update(pk, status=Analysis.DONE, progress=100, result=result, finished=timezone.now())
    return True


def _fail(pk: int, message: str) -> None:
    _update(pk, status=Analysis.FAILED, error=message, finished=timezone.now())
