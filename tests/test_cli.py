import os
import sqlite3
import subprocess
import sys

import bowlby
from bowlby.cli.main import build_parser, main


def test_it_prints_the_version(capsys):
    try:
        main(["--version"])
    except SystemExit as exit_:
        assert exit_.code == 0
    assert capsys.readouterr().out.strip() == f"bowlby {bowlby.__version__}"


def test_it_defaults_to_serve():
    parser = build_parser()
    assert parser.parse_args(["serve", "--port", "9000"]).port == 9000


def test_it_prepares_a_fresh_sqlite_database_in_wal_mode_with_demo_content(tmp_path):
    env = {**os.environ, "BOWLBY_DATA_DIR": str(tmp_path)}
    env.pop("DATABASE_URL", None)
    env.pop("DJANGO_SETTINGS_MODULE", None)
    result = subprocess.run(
        [sys.executable, "-m", "bowlby.cli.main", "serve", "--prepare-only"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    db = sqlite3.connect(tmp_path / "bowlby.sqlite3")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("SELECT count(*) FROM auth_user WHERE username='demo'").fetchone()[0] == 1
    assert (tmp_path / "demo-loaded").exists()
