import csv
import io
import json
from pathlib import Path

from bowlby.cli.main import main

FIXTURE = Path(__file__).parent / "coding" / "fixtures" / "session.txt"


def test_it_writes_json_with_the_documented_fields(capsys):
    assert main(["analyze", str(FIXTURE), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"source", "mode", "turns", "speakers", "episodes", "exceptions", "suggestions"} <= set(
        data
    )
    assert data["turns"][1]["speaker"] == "P"


def test_it_writes_one_jsonl_line_per_file_with_its_source(tmp_path, capsys):
    second = tmp_path / "second.txt"
    second.write_text("Anna: I feel so alone right now.\nBen: I'm here. Tell me more.\n")
    assert main(["analyze", str(FIXTURE), str(second), "--format", "jsonl", "--mode", "dyad"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert [json.loads(line)["source"] for line in lines] == [str(FIXTURE), str(second)]


def test_it_writes_csv_rows_per_turn_and_code(capsys):
    assert main(["analyze", str(FIXTURE), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {r["turn"] for r in rows} == {str(i) for i in range(10)}
    assert any(r["kind"] == "marker" and r["number"] for r in rows)


def test_it_writes_a_self_contained_html_report(tmp_path):
    out = tmp_path / "report.html"
    assert main(["analyze", str(FIXTURE), "--format", "html", "-o", str(out)]) == 0
    html = out.read_text()
    assert "<svg" in html and "Rupture episodes" in html and "Suggestions" in html
    assert "http://" not in html.replace("http://www.w3.org", "")


def test_it_prints_a_table(capsys):
    assert main(["analyze", str(FIXTURE)]) == 0
    assert "P" in capsys.readouterr().out


def test_it_names_the_line_of_a_malformed_transcript(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_text("this line has no speaker\nT: hello\n")
    assert main(["analyze", str(bad), "--format", "json"]) == 2
    err = capsys.readouterr().err
    assert "line 1" in err


def test_it_lets_the_user_set_roles(capsys):
    assert (
        main(
            [
                "analyze",
                str(FIXTURE),
                "--format",
                "json",
                "--role",
                "T=patient",
                "--role",
                "P=therapist",
            ]
        )
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["turns"][0]["role"] == "patient" and data["turns"][0]["coded"]


def test_it_streams_many_files_into_one_csv_with_one_header(tmp_path):
    files = []
    for i in range(3):
        path = tmp_path / f"s{i}.txt"
        path.write_text(f"T: How was day {i}?\nP: Fine, I suppose. (shrugs)\n")
        files.append(str(path))
    out = tmp_path / "codes.csv"
    assert main(["analyze", *files, "--format", "csv", "-o", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert [line.startswith("source,") for line in out.read_text().splitlines()].count(True) == 1
    assert {r["source"] for r in rows} == set(files)


def test_it_keeps_going_past_a_bad_file_and_says_so(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("T: Hello?\nP: Hi.\n")
    bad = tmp_path / "bad.txt"
    bad.write_text("no speaker here\n")
    assert main(["analyze", str(bad), str(good), "--format", "jsonl"]) == 1
    captured = capsys.readouterr()
    assert "line 1" in captured.err
    assert [json.loads(line)["source"] for line in captured.out.splitlines()] == [str(good)]
