"""``bowlby train`` and ``bowlby evaluate``: fit the coder on the train split, and measure it
on the held-out test split next to keyword and majority baselines."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rich.console import Console
from rich.table import Table


def add_parser(subparsers) -> None:
    train = subparsers.add_parser("train", help="train the coder on the labelled train split")
    train.add_argument("--data", type=Path, help="labelled data folder (default: data/coding)")
    train.add_argument(
        "--encoder",
        choices=["tuned", "reuse", "stock"],
        default="tuned",
        help="tune MiniLM's layers on the train split first (default; needs PyTorch: "
        "pip install 'bowlby[finetune]'), reuse the tuned layers saved beside the model and "
        "refit only the heads, or use the stock encoder",
    )
    train.add_argument(
        "--embedder",
        help="train on this registered embedder instead (implies --encoder stock; default: "
        "minilm-l6-v2-layers-numpy.v1)",
    )
    train.add_argument(
        "--out", type=Path, help="model path without suffix (default: the packaged model)"
    )
    train.set_defaults(func=run_train)

    evaluate = subparsers.add_parser(
        "evaluate", help="measure the coder on the held-out test split, next to baselines"
    )
    evaluate.add_argument("--data", type=Path, help="labelled data folder (default: data/coding)")
    evaluate.add_argument(
        "--json", dest="json_out", type=Path, help="also write every figure as JSON here"
    )
    evaluate.add_argument(
        "--model", type=Path, help="model path without suffix (default: the packaged model)"
    )
    evaluate.set_defaults(func=run_evaluate)


def run_train(args: argparse.Namespace) -> int:
    from bowlby.coding.analyzer import DEFAULT_MODEL_PATH
    from bowlby.coding.embeddings import load_embedder
    from bowlby.coding.labelled import DATA_DIR
    from bowlby.coding.training import train_coder

    console = Console(stderr=True)
    out = args.out or DEFAULT_MODEL_PATH
    with console.status("Training…") as status:
        heads = train_coder(
            data_dir=args.data or DATA_DIR,
            embedder=load_embedder(args.embedder) if args.embedder else None,
            out_path=out,
            tune=args.encoder == "tuned" and not args.embedder,
            reuse_tuned=args.encoder == "reuse" and not args.embedder,
            progress=lambda message: status.update(message),
        )
    console.print(f"Trained on {heads.meta['train_turns']} turns; saved {out}.json/.npz")
    return 0


def run_evaluate(args: argparse.Namespace) -> int:
    from bowlby.coding.analyzer import make_coder_v1
    from bowlby.coding.evaluation import evaluate
    from bowlby.coding.labelled import DATA_DIR

    console = Console()
    err = Console(stderr=True)
    with err.status("Evaluating…") as status:
        report = evaluate(
            data_dir=args.data or DATA_DIR,
            coder=make_coder_v1(model_path=args.model) if args.model else None,
            progress=lambda message: status.update(message),
        )
    print_report(console, report)
    if args.json_out:
        args.json_out.write_text(json.dumps(report, indent=1))
        err.print(f"Wrote {args.json_out}")
    return 0


def _summary_row(name: str, reports: dict) -> list[str]:
    turns = reports
    return [
        name,
        f"{turns['family']['accuracy']:.3f}",
        f"{turns['family']['kappa']:.3f}",
        f"{turns['scale']['accuracy']:.3f}",
        f"{turns['marker']['accuracy']:.3f}",
        f"{turns['rupture_type']['f1_ruptures']:.3f}",
        f"{turns['rupture_type']['kappa']:.3f}",
        f"{turns['rupture_subtype']['accuracy']:.3f}",
    ]


def _class_table(title: str, report: dict) -> Table:
    table = Table(title=title)
    table.add_column("class")
    for column in ("precision", "recall", "F1", "support"):
        table.add_column(column, justify="right")
    for label in report["labels"]:
        table.add_row(
            label,
            f"{report['precision'][label]:.2f}",
            f"{report['recall'][label]:.2f}",
            f"{report['f1'][label]:.2f}",
            str(report["support"][label]),
        )
    table.caption = (
        f"accuracy {report['accuracy']:.3f} · Cohen's κ {report['kappa']:.3f} · n {report['n']}"
    )
    return table


def _confusion(title: str, report: dict) -> Table:
    table = Table(title=f"{title}: confusion matrix (rows true, columns predicted)")
    table.add_column("")
    short = [label[:10] for label in report["labels"]]
    for label in short:
        table.add_column(label, justify="right")
    for label, row in zip(report["labels"], report["confusion_matrix"], strict=True):
        table.add_row(label, *[str(v) if v else "·" for v in row])
    return table


def print_report(console: Console, report: dict) -> None:
    data = report["data"]
    console.print(
        f"[bold]Held-out evaluation[/bold] · train {data['train_turns']} turns / {data['train_transcripts']} transcripts · "
        f"test {data['test_turns']} turns / {data['test_transcripts']} transcripts ({data['test_speakers']} speakers)"
    )
    coders = report["coders"]
    console.print(
        f"Coders: the review pass changed {coders['changed_by_review']} of {coders['examples']} examples "
        f"(first vs second coder: family κ {coders['family_kappa']:.3f}, "
        f"rupture type κ {coders['rupture_type_kappa']:.3f})"
    )
    independent = report.get("independent", {})
    if independent.get("examples"):
        human, model = independent["independent_coder"], independent["model"]
        console.print(
            f"Blind third coder on {independent['examples']} test turns, against the same labels: "
            f"family acc {human['family_accuracy']:.3f} (κ {human['family_kappa']:.3f}), "
            f"rupture type F1 {human['rupture_type_f1']:.3f}; the model on those turns: "
            f"family acc {model['family_accuracy']:.3f}, rupture type F1 {model['rupture_type_f1']:.3f}"
        )
    summary = Table(title="Turn level: model vs baselines")
    for column in (
        "",
        "family acc",
        "family κ",
        "scale acc",
        "marker acc",
        "rupture type F1",
        "rupture κ",
        "subtype acc",
    ):
        summary.add_column(column, justify="right")
    for name in ("model", "keyword_baseline", "majority_baseline"):
        summary.add_row(*_summary_row(name.replace("_", " "), report["turns"][name]))
    console.print(summary)
    model = report["turns"]["model"]
    for view in ("family", "rupture_type", "scale"):
        console.print(_class_table(f"{view.replace('_', ' ')} (model)", model[view]))
        console.print(_confusion(view.replace("_", " "), model[view]))
    console.print(_class_table("marker, primary label (model)", model["marker"]))
    console.print(_confusion("marker", model["marker"]))
    console.print(_class_table("rupture subtype, primary label (model)", model["rupture_subtype"]))
    console.print(_confusion("rupture subtype", model["rupture_subtype"]))
    console.print(
        f"Marker confidence calibration: expected calibration error {report['turns']['marker_confidence_ece']:.3f}"
    )
    speakers = report["speakers"]
    for name in ("model", "keyword_baseline", "majority_baseline"):
        console.print(
            _class_table(f"speaker classification ({name.replace('_', ' ')})", speakers[name])
        )
    console.print(_confusion("speaker classification (model)", speakers["model"]))
