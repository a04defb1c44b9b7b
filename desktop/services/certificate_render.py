"""Rendering a batch of certificates on every core: each certificate's own PDF (frozen at
issue) and the one print file of the whole batch.

ReportLab holds the GIL, so threads would not help: a batch large enough to pay for starting
them (`POOL_FROM`) runs in worker processes, started with "spawn" (a forked copy of a Qt
application is not safe). Work goes out in chunks, so progress moves and a cancel is noticed
within a chunk's time; the print file is one task of its own, sent first, while the other
workers take the individual files.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass

from desktop.documents.certificate import (
    CertificateLook,
    CertificatePaper,
    render_certificate,
    render_many,
)
from desktop.domain.errors import PelitaError
from desktop.domain.i18n import QT_TRANSLATE_NOOP

POOL_FROM = 60  # fewer certificates render faster here than worker processes start
CHUNK = 25

Progress = Callable[[int, int], None]  # (done, total)
IsCancelled = Callable[[], bool]


class Cancelled(PelitaError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "messages", "Cancelled: no certificate was issued and no number was used."
            )
        )


@dataclass(frozen=True)
class Rendered:
    files: tuple[bytes, ...]  # one PDF per paper, in order
    print_file: bytes | None  # all of them in one PDF, when asked for


def _chunk(look: CertificateLook, papers: Sequence[CertificatePaper]) -> list[bytes]:
    return [render_certificate(look, paper) for paper in papers]


def workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def worker_pool(count: int | None = None) -> ProcessPoolExecutor:
    """Worker processes started with "spawn": a forked copy of a Qt application is not safe,
    and in the frozen app each worker is Pelita started again, which
    multiprocessing.freeze_support (desktop.cli.main) turns into a worker."""
    context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(max_workers=count or workers(), mp_context=context)


def render_batch(
    look: CertificateLook,
    papers: Sequence[CertificatePaper],
    *,
    print_file: bool,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> Rendered:
    """Every paper rendered; raises Cancelled as soon as `cancelled()` says so."""
    total = len(papers) + (len(papers) if print_file else 0)
    if len(papers) < POOL_FROM or workers() == 1:
        return _in_process(look, papers, print_file, total, progress, cancelled)
    with worker_pool() as pool:
        pending: dict[Future[object], tuple[str, int]] = {}
        if print_file:
            pending[pool.submit(render_many, look, list(papers))] = ("print", 0)
        for start in range(0, len(papers), CHUNK):
            chunk = list(papers[start : start + CHUNK])
            pending[pool.submit(_chunk, look, chunk)] = ("files", start)
        files: list[bytes | None] = [None] * len(papers)
        printed: bytes | None = None
        done = 0
        try:
            while pending:
                finished, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                if cancelled is not None and cancelled():
                    raise Cancelled()
                for future in finished:
                    kind, start = pending.pop(future)
                    result = future.result()
                    if kind == "print":
                        assert isinstance(result, bytes)
                        printed = result
                        done += len(papers)
                    else:
                        assert isinstance(result, list)
                        files[start : start + len(result)] = result
                        done += len(result)
                    if progress is not None:
                        progress(done, total)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
    assert all(file is not None for file in files)
    return Rendered(tuple(file for file in files if file is not None), printed)


def _in_process(
    look: CertificateLook,
    papers: Sequence[CertificatePaper],
    print_file: bool,
    total: int,
    progress: Progress | None,
    cancelled: IsCancelled | None,
) -> Rendered:
    files: list[bytes] = []
    for paper in papers:
        if cancelled is not None and cancelled():
            raise Cancelled()
        files.append(render_certificate(look, paper))
        if progress is not None:
            progress(len(files), total)
    printed = None
    if print_file and len(files) == 1:
        # The print file of one certificate is that certificate, byte for byte: rendered
        # apart it would differ from the frozen file, and verifying it would say "forged".
        printed = files[0]
    elif print_file:
        if cancelled is not None and cancelled():
            raise Cancelled()
        printed = render_many(look, papers)
        if progress is not None:
            progress(total, total)
    return Rendered(tuple(files), printed)
