# Gold specification, part B (f8509-f8516). Alias lists are "|"-separated; the first alias is the key.
# P/O/L/D = required PERSON/ORG/PLACE/DATE; oP/oO/oL/oD = optional. A = (person, org, role); Q = (speaker(s), anchor).
S = {}
