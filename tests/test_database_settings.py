"""SQLite with the portal's options (WAL, busy timeout, immediate transactions) lets an
editor save while readers browse, without "database is locked". Proved on a file
database with two real connections in two threads; the same scenario with SQLite's
defaults is shown to fail, so the test does exercise the lock."""

import threading

from django.conf import settings
from django.db import OperationalError, connections, transaction

import pytest

HOLD_SECONDS = 0.5


ALIASES = ("editor", "reader")


@pytest.fixture
def file_database(tmp_path, django_db_blocker):
    """Registers the aliases "editor" and "reader" on one SQLite file with the given
    options, so that ``transaction.atomic(using=...)`` works on them as on "default"."""

    def register(options):
        database = {"ENGINE": "django.db.backends.sqlite3", "NAME": str(tmp_path / "db.sqlite3")}
        configured = connections.configure_settings(
            {"default": database, **{alias: {**database, "OPTIONS": options} for alias in ALIASES}}
        )
        for alias in ALIASES:
            connections.settings[alias] = configured[alias]
        with connections["editor"].cursor() as cursor:
            cursor.execute("CREATE TABLE saves (id INTEGER PRIMARY KEY, who TEXT)")
            cursor.execute("INSERT INTO saves (who) VALUES ('seed')")
        connections["editor"].close()

    # Not the test database: these connections are the test's own.
    with django_db_blocker.unblock():
        yield register
    for alias in ALIASES:
        connections[alias].close()
        del connections[alias]
        connections.settings.pop(alias, None)


def editor_holds_the_write_lock(holding: threading.Event, done: threading.Event):
    """In its own thread (Django connections belong to one thread): write, keep the
    transaction open for a while, commit."""
    editor = connections["editor"]
    try:
        with transaction.atomic(using="editor"), editor.cursor() as cursor:
            cursor.execute("INSERT INTO saves (who) VALUES ('editor')")
            holding.set()
            done.wait(HOLD_SECONDS)
    finally:
        editor.close()
        holding.set()


def reader_reads_then_writes(holding: threading.Event):
    """While the editor holds its write transaction: a page view reads, then a second
    writer (another editor, a rating) reads and writes in one transaction."""
    reader = connections["reader"]
    holding.wait(5)
    try:
        with reader.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM saves")
            seen_while_writing = cursor.fetchone()[0]
        with transaction.atomic(using="reader"), reader.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM saves")
            cursor.execute("INSERT INTO saves (who) VALUES ('second writer')")
        with reader.cursor() as cursor:
            cursor.execute("SELECT who FROM saves ORDER BY id")
            return seen_while_writing, [row[0] for row in cursor.fetchall()]
    finally:
        reader.close()


def run_scenario():
    holding, done = threading.Event(), threading.Event()
    editor = threading.Thread(target=editor_holds_the_write_lock, args=(holding, done))
    editor.start()
    try:
        return reader_reads_then_writes(holding)
    finally:
        editor.join(10)


def test_readers_and_a_second_writer_wait_instead_of_failing(file_database):
    file_database(settings.SQLITE_OPTIONS)
    seen, rows = run_scenario()
    # The read did not wait for the editor's commit and saw the last committed state.
    assert seen == 1
    # The second writer waited for the editor and then wrote: nothing lost.
    assert rows == ["seed", "editor", "second writer"]
    with connections["editor"].cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"


def test_without_the_options_the_same_scenario_is_locked(file_database):
    file_database({"timeout": 0.1})
    with pytest.raises(OperationalError, match="database is locked"):
        run_scenario()
