# Gold specification, part B (f8109-f8116). Layout as in spec_a.py.
S = {}
