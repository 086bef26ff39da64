"""The relationship test: items as data, scoring (own test, ECR-R, ECR-RS), profiles and playbooks.

Pure Python, no Django.
"""
