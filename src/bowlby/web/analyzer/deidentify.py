"""Replace names, places, phone numbers and e-mail addresses with placeholders.

Runs on the raw transcript text, in whatever format it is, BEFORE anything is stored, so the
database never holds what was removed. It is a careful heuristic, not a guarantee: it errs towards
replacing (a capitalised word in mid-sentence is taken for a name unless it is a known common
word), and the user is told to read the result.

- e-mail addresses -> ``[EMAIL]``; phone numbers (7+ digits) -> ``[PHONE]``;
- speaker names (not role labels such as ``T``, ``Therapist``, ``Client``) -> ``Speaker A``, ``B`` …,
  everywhere they occur, so the transcript still reads who said what;
- other capitalised words in mid-sentence -> ``[PLACE-n]`` after a place word ("in", "from",
  "to", …), else ``[NAME-n]``; the same word always gets the same placeholder.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE_RE = re.compile(r"(?<![\w:.,/])\+?\(?\d[\d ().-]{5,}\d(?![\w:/])")
# A run of capitalised words ("New York", "Anna Maria"); apostrophes allowed inside ("O'Neil").
CAPITALISED_RE = re.compile(
    r"(?<![\w\[-])[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'’]+(?:\s+[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'’]+)*(?![\w\]])"
)
PLACE_WORDS = {"in", "at", "from", "to", "near", "into", "visited", "visit", "outside", "around"}
ROLE_LABEL_RE = re.compile(
    r"^(?:[A-Z]\d?|T\d?|P\d?|C\d?|Th|Dr|Speaker(?: [A-Z])?|Therapist|Counsel+or|Coach|Client|"
    r"Patient|Partner(?: [A-Z0-9])?|Helper|Interviewer|Participant|Doctor|Me|You)$",
    re.IGNORECASE,
)
# Capitalised words that are not names: pronoun forms, days, months, kin words, fillers.
COMMON_WORDS = {
    word.lower()
    for word in [
        "I",
        "I'm",
        "I'd",
        "I've",
        "I'll",
        "Im",
        "Ive",
        "Id",
        "OK",
        "Okay",
        "Ok",
        "Yes",
        "No",
        "Yeah",
        "Yep",
        "Nope",
        "Well",
        "So",
        "And",
        "But",
        "Or",
        "Oh",
        "Hmm",
        "Um",
        "Uh",
        "Mm",
        "Hi",
        "Hello",
        "Hey",
        "Thanks",
        "Thank",
        "Please",
        "Sorry",
        "Sure",
        "Right",
        "Maybe",
        "Because",
        "When",
        "Then",
        "What",
        "Why",
        "How",
        "Who",
        "Where",
        "Which",
        "That",
        "This",
        "These",
        "Those",
        "It",
        "It's",
        "Its",
        "He",
        "She",
        "They",
        "We",
        "You",
        "Your",
        "My",
        "Our",
        "Their",
        "His",
        "Her",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Christmas",
        "Easter",
        "Mom",
        "Mum",
        "Dad",
        "Mother",
        "Father",
        "Mommy",
        "Daddy",
        "Grandma",
        "Grandpa",
        "Granny",
        "God",
        "English",
        "Internet",
        "Zoom",
        "WhatsApp",
        "Facebook",
        "Instagram",
        "Google",
        "Sir",
        "Madam",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Doctor",
        "Therapist",
        "Client",
        "Patient",
        "Partner",
        "Coach",
        "Speaker",
        "Note",
        "Not",
        "Just",
        "Also",
        "Really",
        "Actually",
        "Honestly",
        "Anyway",
        "Like",
        "Even",
        "Still",
        "Now",
        "Today",
        "Tomorrow",
        "Yesterday",
        "Good",
        "Fine",
        "Great",
    ]
}


@dataclass(slots=True)
class Deidentified:
    text: str
    # original -> placeholder, so the page can say what was replaced (it is not stored).
    replacements: dict[str, str] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return len(self.replacements)


def deidentify(text: str, *, speakers: list[str] | None = None) -> Deidentified:
    """``text`` with identifying details replaced. ``speakers`` are the transcript's speaker
    labels (found by reading it); labels that are role names are kept."""
    replacements: dict[str, str] = {}

    text = EMAIL_RE.sub(lambda m: _remember(replacements, m.group(0), "[EMAIL]"), text)
    text = PHONE_RE.sub(lambda m: _phone(replacements, m.group(0)), text)

    letters = iter(string.ascii_uppercase)
    for speaker in speakers or []:
        if ROLE_LABEL_RE.match(speaker.strip()) or speaker in replacements:
            continue
        placeholder = f"Speaker {next(letters, 'Z')}"
        replacements[speaker] = placeholder
        # A surname mentioned alone ("Okafor" from "Dr. Okafor") is the same person.
        for part in re.findall(r"[A-Z][\w'’-]{2,}", speaker):
            if part.lower() not in COMMON_WORDS:
                replacements.setdefault(part, placeholder)
    for original in sorted(
        (k for k, v in replacements.items() if v.startswith("Speaker")), key=len, reverse=True
    ):
        text = re.sub(rf"(?<![\w-]){re.escape(original)}(?![\w-])", replacements[original], text)

    counters = {"NAME": 0, "PLACE": 0}

    def replace(match: re.Match) -> str:
        words = match.group(0).split()
        # Leading common words stay ("Maybe Anna" -> "Maybe [NAME-1]"); the rest is the candidate.
        kept = []
        while words and words[0].lower() in COMMON_WORDS and words[0] not in replacements:
            kept.append(words.pop(0))
        trailing = []
        while words and words[-1].lower() in COMMON_WORDS and words[-1] not in replacements:
            trailing.insert(0, words.pop())
        if not words:
            return match.group(0)
        candidate = " ".join(words)
        prefix = " ".join(kept) + " " if kept else ""
        suffix = " " + " ".join(trailing) if trailing else ""
        if candidate in replacements:
            return prefix + replacements[candidate] + suffix
        before = match.string[: match.start()].rstrip()
        sentence_start = not kept and (
            not before or before[-1] in '.!?:"“(\n>' or before.endswith("-->")
        )
        if sentence_start and len(words) == 1:
            return match.group(0)  # an ordinary sentence-initial word; known names go in pass 2
        previous = kept[-1].lower() if kept else (before.split() or [""])[-1].lower().strip(",;")
        kind = "PLACE" if previous in PLACE_WORDS else "NAME"
        counters[kind] += 1
        return prefix + _remember(replacements, candidate, f"[{kind}-{counters[kind]}]") + suffix

    text = CAPITALISED_RE.sub(replace, text)
    # Second pass: a name first seen mid-sentence is also replaced at the start of sentences.
    known = {k: v for k, v in replacements.items() if v.startswith(("[NAME", "[PLACE"))}
    for original in sorted(known, key=len, reverse=True):
        text = re.sub(rf"(?<![\w\[-]){re.escape(original)}(?![\w\]-])", known[original], text)
    return Deidentified(text, replacements)


def _remember(replacements: dict[str, str], original: str, placeholder: str) -> str:
    replacements.setdefault(original, placeholder)
    return replacements[original]


def _phone(replacements: dict[str, str], candidate: str) -> str:
    if sum(ch.isdigit() for ch in candidate) < 7:
        return candidate
    return _remember(replacements, candidate, "[PHONE]")
