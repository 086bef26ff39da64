"""Build ../ruptures_confrontation.jsonl from the hand-written blocks in rc_part1/rc_part2."""

from collections import Counter
from pathlib import Path

import rc_part1
import rc_part2
from build_common import parse_block, write

ORDER = [
    "complaint_about_therapist",
    "rejects_intervention",
    "complaint_about_activities",
    "complaint_about_parameters",
    "complaint_about_progress",
    "defends_self",
    "controls_pressures",
]


def main() -> None:
    blocks = {**rc_part1.DATA, **rc_part2.DATA}
    rows = []
    for subtype in ORDER:
        parsed = parse_block(blocks[subtype], subtype=subtype, where=subtype)
        for n, row in enumerate(parsed, 1):
            rows.append({"id": f"rc-{subtype}-{n:03d}", **row})
        regs = Counter(r["register"] for r in parsed)
        print(subtype, len(parsed), dict(regs))
    write(rows, Path(__file__).resolve().parents[1] / "ruptures_confrontation.jsonl")
    print("total", len(rows))


if __name__ == "__main__":
    main()
