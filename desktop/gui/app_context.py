"""What every page needs after login: the open database, who is acting, and the worker."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from desktop.config import DeskConfig
from desktop.gui.tasks import TaskRunner
from desktop.services.context import Actor

if TYPE_CHECKING:
    from desktop.services.startup import Database


@dataclass(frozen=True)
class AppContext:
    db: Database
    actor: Actor
    runner: TaskRunner
    config: DeskConfig
    demo: bool = False
    centre_name: str = ""

    def with_actor(self, actor: Actor) -> AppContext:
        return replace(self, actor=actor)
