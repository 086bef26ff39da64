import pytest

from bowlby.web.lib.env import ImproperlyConfiguredEnv, database_from_url, env_bool, env_int


def test_it_reads_booleans(monkeypatch):
    monkeypatch.setenv("X_FLAG", "yes")
    assert env_bool("X_FLAG", False) is True
    monkeypatch.setenv("X_FLAG", "0")
    assert env_bool("X_FLAG", True) is False


def test_it_fails_loudly_on_a_bad_boolean(monkeypatch):
    monkeypatch.setenv("X_FLAG", "maybe")
    with pytest.raises(ImproperlyConfiguredEnv, match="X_FLAG='maybe' is not a boolean"):
        env_bool("X_FLAG", False)


def test_it_fails_loudly_on_a_bad_integer(monkeypatch):
    monkeypatch.setenv("X_NUM", "ten")
    with pytest.raises(ImproperlyConfiguredEnv, match="X_NUM='ten' is not a whole number"):
        env_int("X_NUM", 1)
    monkeypatch.setenv("X_NUM", "0")
    with pytest.raises(ImproperlyConfiguredEnv, match="below the minimum"):
        env_int("X_NUM", 1, minimum=1)


def test_it_parses_a_postgres_url(tmp_path):
    db = database_from_url("postgres://u:p%40ss@db.local:5433/bowlby", sqlite_path=tmp_path / "x")
    assert db["ENGINE"] == "django.db.backends.postgresql"
    assert (db["USER"], db["PASSWORD"], db["HOST"], db["PORT"], db["NAME"]) == (
        "u",
        "p@ss",
        "db.local",
        "5433",
        "bowlby",
    )


def test_it_defaults_to_sqlite_in_wal_mode(tmp_path):
    db = database_from_url("", sqlite_path=tmp_path / "b.sqlite3")
    assert db["ENGINE"] == "django.db.backends.sqlite3"
    assert "journal_mode=WAL" in db["OPTIONS"]["init_command"]


def test_it_rejects_an_unknown_scheme(tmp_path):
    with pytest.raises(ImproperlyConfiguredEnv, match="scheme 'mysql' is not supported"):
        database_from_url("mysql://x/y", sqlite_path=tmp_path / "x")


@pytest.mark.django_db
def test_it_uses_wal_on_sqlite():
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("SQLite only")
    if (
        connection.settings_dict["NAME"].startswith(("file:memorydb", ":memory:"))
        or "mode=memory" in connection.settings_dict["NAME"]
    ):
        # The in-memory test database cannot use WAL; check the configured pragma instead.
        assert "journal_mode=WAL" in connection.settings_dict["OPTIONS"]["init_command"]
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"
