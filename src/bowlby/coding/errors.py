"""Every error message of the coding package, in one catalogue.

Each code is a format string; :class:`TranscriptFormatError` fills it in and puts the place (file,
line or field) in front, so every message says what is wrong, where, and how to fix it.
Codes are stable: tests and callers may match on ``error.code``.
"""

from __future__ import annotations

from typing import Any


class Errors:
    # The coder, its model files and its labelled data (E1xx)
    E101 = "No {kind} is registered as '{name}'. Registered: {known}."
    E102 = (
        "The coder's model files are missing at {path}.{{json,npz}}. Train them with "
        "'bowlby train' (or point --model at a trained model)."
    )
    E103 = (
        "The model at {path} was trained with embedder '{trained}' but '{loaded}' is loaded. "
        "Load the same embedder, or retrain with 'bowlby train'."
    )
    E104 = "{path}, line {line}: {problem}. Fix the line in the labelled data and run again."
    E105 = (
        "No labelled data found in {path}: expected *.jsonl turn files and a transcripts/ folder."
    )
    E106 = (
        "The model at {path} was saved by an older Bowlby (it has no {missing}). Retrain it with "
        "'bowlby train', or point --model at a model trained by this version."
    )
    E107 = (
        "Tuning the encoder needs PyTorch and transformers ('{missing}' is not installed). "
        "Install them with pip install 'bowlby[finetune]', or train on the stock encoder with "
        "'bowlby train --encoder stock'."
    )

    # Input as a whole
    E001 = "The transcript is empty. Give at least one turn, for example 'T: How was your week?'."
    E002 = (
        "Cannot tell which transcript format this is. Pass format=... (one of {formats}) or give "
        "the file a known extension (.txt, .csv, .json, .jsonl, .vtt, .srt)."
    )
    E003 = "Unknown transcript format '{format}'. Use one of: {formats}."
    E004 = (
        "Cannot open the transcript file: {reason}. Check the path and that the file is readable."
    )
    E005 = (
        "The file is not UTF-8 text ({reason}). Save it as UTF-8 (most editors offer this under "
        "'Save as… / Encoding') and try again."
    )
    E006 = "The transcript has no turns. Add at least one line of the form 'Name: what was said'."

    # Plain text
    E010 = (
        "This line has no speaker prefix and no turn comes before it: '{excerpt}'. Start the "
        "transcript with a speaker prefix such as 'T:', 'P:' or 'Anna:', or delete the line."
    )
    E011 = (
        "The turn by '{speaker}' has no text. Write what was said after '{speaker}:' or delete "
        "the line."
    )

    # CSV
    E020 = (
        "The CSV header has no '{column}' column (columns found: {found}). The first row must name "
        "the columns, with at least speaker and text, for example 'speaker,text,role,time'."
    )
    E021 = (
        "This row has no text for speaker '{speaker}'. Fill in the text column or delete the row."
    )
    E022 = "This row has text but no speaker. Fill in the speaker column or delete the row."
    E023 = (
        "This row has {found} fields but the header has {expected}. Put text that contains the "
        "delimiter '{delimiter}' in double quotes, for example \"Well{delimiter} yes\"."
    )
    E024 = (
        "Unknown role '{role}'. Use one of: therapist, patient, partner (helper/counsellor/coach "
        "mean therapist; client means patient), or leave it empty to let Bowlby guess."
    )

    # JSON
    E030 = (
        "This is not valid JSON: {reason} (column {column}). Check for a missing comma, quote or "
        "bracket near that place."
    )
    E031 = "{reason}. {hint}"
    E032 = (
        "Each line of a JSON Lines transcript must be one turn object like "
        '{{"speaker": "T", "text": "Hello"}}; this line is {found}.'
    )

    # Subtitles
    E040 = (
        "A WebVTT file must start with the line 'WEBVTT', but it starts with '{excerpt}'. Add "
        "'WEBVTT' as the first line, or read the file with format='srt' if it is SubRip."
    )
    E041 = (
        "Broken cue timing line '{excerpt}'. Write it as '{example}' (start --> end, hours "
        "optional in WebVTT)."
    )
    E042 = (
        "This cue has no timing line: '{excerpt}'. Every cue needs a line like '{example}' before "
        "its text; check for a missing blank line between cues."
    )
    E043 = (
        "This cue names no speaker and no earlier cue did: '{excerpt}'. Mark who speaks with a "
        "voice tag like '<v Anna>' or a prefix like 'Anna:'."
    )

    # Chat exports
    E050 = (
        "This line comes before the first dated message: '{excerpt}'. A chat export starts each "
        "message with its date and time, for example '12/03/2024, 21:14 - Anna: Hi' or "
        "'[12/03/2024, 21:14:05] Anna: Hi'."
    )
    E051 = (
        "The chat has no messages from people, only {skipped} system notice(s) (encryption notes, "
        "omitted media, group changes). Export the chat again with its messages."
    )

    # Modes and roles
    E060 = "Unknown mode '{mode}'. Use 'session' (a helper and a client) or 'dyad' (two partners)."
    E061 = (
        "roles names speaker '{speaker}', who has no turn in this transcript (speakers: "
        "{speakers}). Check the spelling; speaker names are matched exactly."
    )


class TranscriptFormatError(ValueError):
    """A transcript that cannot be read, with the place and the fix in the message.

    ``path`` is the file (``None`` for text passed directly), ``line`` the 1-based line, ``field``
    a JSON-style location like ``turns[3].text``; ``code`` is the key in :class:`Errors`.
    """

    def __init__(
        self,
        code: str,
        *,
        path: str | None = None,
        line: int | None = None,
        field: str | None = None,
        **values: Any,
    ) -> None:
        self.code = code
        self.path = path
        self.line = line
        self.field = field
        self.values = values
        self.detail = getattr(Errors, code).format(**values)
        super().__init__(f"{self.where}: {self.detail} [{code}]")

    @property
    def where(self) -> str:
        parts = [self.path or "<transcript text>"]
        if self.line is not None:
            parts.append(f"line {self.line}")
        if self.field is not None:
            parts.append(self.field)
        return ", ".join(parts)


def excerpt(text: str, limit: int = 60) -> str:
    """``text`` cut to ``limit`` characters for quoting in an error message."""
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


class CodingError(ValueError):
    """A problem with the coder itself: its registry, model files or labelled data."""

    def __init__(self, code: str, **values: Any) -> None:
        self.code = code
        self.values = values
        super().__init__(f"{getattr(Errors, code).format(**values)} [{code}]")
