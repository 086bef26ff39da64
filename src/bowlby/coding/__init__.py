"""The analyzer: code conversation transcripts turn by turn for attachment and rupture markers.

Pure Python, no Django. Transcripts come in through :mod:`bowlby.coding.formats`, are coded by a
registered, versioned coder, and come out as a stable JSON document (see ``docs/analyzer.md``).
"""
