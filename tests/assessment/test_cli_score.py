import csv
import io

from bowlby.cli.main import main

ECR_RS_HEADER = "id," + ",".join(f"q{n}" for n in range(1, 10)) + "\n"


def test_it_scores_ecr_rs_rows_to_stdout(tmp_path, capsys):
    data = tmp_path / "answers.csv"
    data.write_text(ECR_RS_HEADER + "p1,7,7,7,7,2,2,6,6,6\np2,1,1,1,1,7,6,2,2,2\n")
    assert main(["score", "ecr-rs", str(data)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == {"id": "p1", "anxiety": "6.00", "avoidance": "1.33", "pattern": "anxious"}
    assert rows[1]["avoidance"] == "6.83" and rows[1]["pattern"] == "avoidant"


def test_it_scores_ecr_r_without_a_header_into_a_file(tmp_path):
    data, out = tmp_path / "ecr.csv", tmp_path / "scores.csv"
    data.write_text("r1," + ",".join(["1"] * 36) + "\n")
    assert main(["score", "ecr-r", str(data), "-o", str(out)]) == 0
    assert out.read_text().splitlines() == [
        "id,anxiety,avoidance,pattern",
        "r1,1.67,5.00,avoidant",
    ]


def test_it_exits_2_naming_row_and_column_for_bad_answers(tmp_path, capsys):
    data, out = tmp_path / "bad.csv", tmp_path / "scores.csv"
    data.write_text(ECR_RS_HEADER + "p1,7,7,,7,2,2,6,6,6\np2,1,1,1,1,9,6,2,2,2\np3,1,1\n")
    assert main(["score", "ecr-rs", str(data), "-o", str(out)]) == 2
    errors = capsys.readouterr().err
    assert "row 2, column 4 ('q3')" in errors and "missing" in errors
    assert "row 3, column 6 ('q5')" in errors and "out of range" in errors
    assert "row 4: has 3 columns, expected 10" in errors
    assert not out.exists()


def test_it_exits_2_for_a_missing_or_empty_file(tmp_path, capsys):
    assert main(["score", "ecr-r", str(tmp_path / "nope.csv")]) == 2
    empty = tmp_path / "empty.csv"
    empty.write_text("\n")
    assert main(["score", "ecr-r", str(empty)]) == 2
    assert "no rows" in capsys.readouterr().err
