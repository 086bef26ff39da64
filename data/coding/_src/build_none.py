"""Build ../none.jsonl: turns with no attachment marker and no rupture (hand-written in nn_part*)."""

import random
from collections import Counter
from pathlib import Path

import nn_part1
import nn_part2
import nn_part3
import nn_part4
from build_common import parse_block, write


def main() -> None:
    rows = []
    for module in (nn_part1, nn_part2, nn_part3, nn_part4):
        rows.extend(parse_block(module.BLOCK, subtype=None, where=module.__name__))
    for row in rows:
        if len(row["context"]) == 1 and row["context"][0]["text"] == "-":
            row["context"] = []
    # Mix registers and topics so any contiguous split sees all kinds; fixed seed keeps ids stable.
    random.Random(20261122).shuffle(rows)
    rows = [{"id": f"nn-{n:04d}", **row} for n, row in enumerate(rows, 1)]
    write(rows, Path(__file__).resolve().parents[1] / "none.jsonl")
    print(len(rows), dict(Counter(r["register"] for r in rows)))
    print("without context:", sum(1 for r in rows if not r["context"]))


if __name__ == "__main__":
    main()
