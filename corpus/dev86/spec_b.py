# Gold specification, part B (f8609-f8616). Layout as in spec_a.py.
S = {}
