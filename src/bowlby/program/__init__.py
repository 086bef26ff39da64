"""The 40-day exception-discovery program: phases and exercises as data, the day plan, and the
honest pattern statistics over a journal.

Pure Python, no Django.
"""
