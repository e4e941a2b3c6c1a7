"""Who holds a store: a small `<store>.owner` file beside it, written by `watch` and `serve`.

DuckDB lets one process write a file (and refuses even readers meanwhile), and its refusal names a
lock, not a command. A long-running process writes its pid and command here, so another writer is
told plainly: "held by `brinkwatch watch` (pid 4242, since 18:20 UTC)". A file left by a process that
died (kill -9) is ignored: its pid no longer runs.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from brinkwatch.errors import StoreError


@dataclass(frozen=True, slots=True)
class Owner:
    pid: int
    command: str
    since: str  # ISO time, UTC


def owner_file(store: str | Path) -> Path:
    return Path(f"{store}.owner")


def current_owner(store: str | Path) -> Owner | None:
    """The live process named in the owner file, or None (no file, unreadable, or the process is gone)."""
    try:
        data = json.loads(owner_file(store).read_text(encoding="utf-8"))
        owner = Owner(int(data["pid"]), str(data["command"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return owner if _running(owner.pid) else None


def describe(owner: Owner) -> str:
    return f"`{owner.command}` (pid {owner.pid}, since {owner.since[11:16]} UTC {owner.since[:10]})"


def refuse_if_held(store: str | Path) -> None:
    """StoreError when another live process holds the store (this process may reopen its own)."""
    owner = current_owner(store)
    if owner is not None and owner.pid != os.getpid():
        raise StoreError(f"the store is held by {describe(owner)}; stop it or wait for it to finish",
                         input=str(store))


def explain_lock_error(store: str | Path, error: Exception) -> str:
    """A DuckDB lock refusal, said with the command holding the store when it is known."""
    text = str(error)
    owner = current_owner(store)
    if owner is not None and owner.pid != os.getpid():
        return f"the store is held by {describe(owner)}; stop it or wait for it to finish"
    match = re.search(r"PID (\d+)", text)
    if "lock" in text.lower() and match:
        return (f"the store is in use by process {match.group(1)} ({_command_of(int(match.group(1)))}); "
                "stop it or wait for it to finish")
    return f"cannot open the store: {text.splitlines()[0] if text else type(error).__name__}"


class OwnerLock:
    """Claim the store for this process while the block runs: `with OwnerLock(db, "brinkwatch watch"):`."""

    def __init__(self, store: str | Path, command: str):
        self.store = str(store)
        self.command = command

    def __enter__(self) -> OwnerLock:
        refuse_if_held(self.store)
        since = datetime.now(UTC).replace(microsecond=0).isoformat()
        path = owner_file(self.store)
        temporary = path.with_name(path.name + f".{os.getpid()}")
        temporary.write_text(json.dumps({"pid": os.getpid(), "command": self.command, "since": since}),
                             encoding="utf-8")
        temporary.replace(path)  # atomic: a reader never sees half a file
        return self

    def __exit__(self, *exc_info: object) -> None:
        owner = current_owner(self.store)
        if owner is not None and owner.pid == os.getpid():
            owner_file(self.store).unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    return True


def _command_of(pid: int) -> str:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return "command unknown"
    words = [w.decode("utf-8", "replace") for w in raw.split(b"\0") if w]
    named = [Path(w).name if i == 0 else w for i, w in enumerate(words)]
    return " ".join(named)[:120] or "command unknown"
