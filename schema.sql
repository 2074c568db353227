-- newsdex schema: the one source of the database's DDL.
--
-- `sqlite3 newsdex.db < schema.sql` makes a working, empty index; the newsdex binary embeds these
-- same bytes and applies them to a new file. Run `.schema` in the sqlite3 shell to read it back.
-- Conventions: singular snake_case tables, `id INTEGER PRIMARY KEY`, STRICT tables, foreign keys as
-- `<table>_id ... REFERENCES table(id)` with an index on each, ISO-8601 dates, offsets counted in
-- Unicode code points into article.text (so substr(text, start + 1, end - start) is the mention).
-- Per connection, newsdex turns `PRAGMA foreign_keys = ON`; do the same in your own sessions.

PRAGMA user_version = 1;  -- schema version; newsdex refuses a database of another version

-- An article: one input file's text after its header, as ingested.
CREATE TABLE article (
    id            INTEGER PRIMARY KEY,
    source_path   TEXT    NOT NULL UNIQUE,   -- path given at ingest ("-" for standard input)
    content_hash  TEXT    NOT NULL UNIQUE,   -- SHA-256 of the file's bytes, lower-case hex; same bytes = same article
    published     TEXT                       -- publication date from the " date YYYY-MM-DD " header, or NULL
                  CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    dateline      TEXT,                      -- the opening dateline as written ("BAKU, Azerbaijan, January 31."), or NULL
    text          TEXT    NOT NULL,          -- article body; every offset in this database points into it
    word_count    INTEGER NOT NULL CHECK (word_count >= 0),  -- number of word tokens in text
    ingested_at   TEXT    NOT NULL           -- UTC time of ingest, ISO-8601
) STRICT;
CREATE INDEX article_published ON article(published);

-- A sentence of an article, so mentions, quotes and affiliations can show their context.
CREATE TABLE sentence (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,  -- the article it belongs to
    position    INTEGER NOT NULL CHECK (position >= 0),  -- 0-based order within the article
    paragraph   INTEGER NOT NULL CHECK (paragraph >= 0), -- 0-based paragraph of the article
    start       INTEGER NOT NULL CHECK (start >= 0),     -- first code point, into article.text
    end         INTEGER NOT NULL CHECK (end > start),    -- one past the last code point
    UNIQUE (article_id, position)
) STRICT;

-- An entity: one person, organisation, place or calendar date, shared by every article naming it.
CREATE TABLE entity (
    id     INTEGER PRIMARY KEY,
    type   TEXT NOT NULL CHECK (type IN ('PERSON', 'ORG', 'PLACE', 'DATE')),  -- what kind of entity
    name   TEXT NOT NULL,  -- canonical name: the longest proper form seen; for DATE the ISO value
    key    TEXT NOT NULL,  -- normalized name (case- and accent-folded) that identifies it within its type
    UNIQUE (type, key)
) STRICT;

-- An alias: each distinct form under which an entity is written ("Nasirov", "CEC").
CREATE TABLE alias (
    id         INTEGER PRIMARY KEY,
    entity_id  INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,  -- the entity so named
    name       TEXT    NOT NULL,  -- the form as written
    key        TEXT    NOT NULL,  -- the same normalization as entity.key, for look-ups
    UNIQUE (entity_id, name)
) STRICT;
CREATE INDEX alias_key ON alias(key);

-- A mention: one place in one article where an entity is named.
CREATE TABLE mention (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,   -- where
    entity_id    INTEGER NOT NULL REFERENCES entity(id),                      -- who or what
    sentence_id  INTEGER NOT NULL REFERENCES sentence(id) ON DELETE CASCADE,  -- the sentence around it
    start        INTEGER NOT NULL CHECK (start >= 0),    -- first code point, into article.text
    end          INTEGER NOT NULL CHECK (end > start),   -- one past the last code point
    text         TEXT    NOT NULL                        -- the words as written, = substr(article.text, start + 1, end - start)
) STRICT;
CREATE INDEX mention_article ON mention(article_id);
CREATE INDEX mention_entity ON mention(entity_id, article_id);
CREATE INDEX mention_sentence ON mention(sentence_id);

-- Place details: where a PLACE entity is, from GeoNames.
CREATE TABLE place (
    entity_id     INTEGER PRIMARY KEY REFERENCES entity(id) ON DELETE CASCADE,  -- the PLACE entity
    geonames_id   INTEGER,            -- GeoNames id (https://www.geonames.org/<id>), NULL when unresolved
    kind          TEXT NOT NULL CHECK (kind IN ('country', 'region', 'city', 'other')),  -- what sort of place
    country_code  TEXT,               -- ISO 3166-1 alpha-2 code of the country it lies in
    latitude      REAL,               -- WGS84 degrees
    longitude     REAL,               -- WGS84 degrees
    population    INTEGER             -- GeoNames population, when known
) STRICT;
CREATE INDEX place_geonames ON place(geonames_id);

-- Date details: the calendar value of a DATE entity and how precise it is.
CREATE TABLE calendar_date (
    entity_id  INTEGER PRIMARY KEY REFERENCES entity(id) ON DELETE CASCADE,  -- the DATE entity
    value      TEXT    NOT NULL,  -- ISO-8601: YYYY-MM-DD, YYYY-MM or YYYY (= entity.name)
    precision  TEXT    NOT NULL CHECK (precision IN ('day', 'month', 'year')),  -- which parts value has
    year       INTEGER NOT NULL,  -- for range queries
    month      INTEGER CHECK (month BETWEEN 1 AND 12),
    day        INTEGER CHECK (day BETWEEN 1 AND 31)
) STRICT;
CREATE INDEX calendar_date_value ON calendar_date(value);

-- An affiliation: a person holding a role in, or speaking for, an organisation, as one article states it.
CREATE TABLE affiliation (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,   -- the article stating it
    person_id    INTEGER NOT NULL REFERENCES entity(id),                      -- the PERSON
    org_id       INTEGER NOT NULL REFERENCES entity(id),                      -- the ORG
    sentence_id  INTEGER NOT NULL REFERENCES sentence(id) ON DELETE CASCADE,  -- the sentence stating it
    role         TEXT,   -- the role as written ("the Chairman", "active member"), NULL when none is stated
    role_key     TEXT    -- normalized role (chairman, head, president, founder, secretary, member, ...)
) STRICT;
CREATE INDEX affiliation_article ON affiliation(article_id);
CREATE INDEX affiliation_person ON affiliation(person_id);
CREATE INDEX affiliation_org ON affiliation(org_id);
CREATE INDEX affiliation_sentence ON affiliation(sentence_id);

-- Where an organisation is, as one article states it ("Association of Azerbaijanis in Quebec").
CREATE TABLE org_place (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,  -- the article stating it
    org_id      INTEGER NOT NULL REFERENCES entity(id),                     -- the ORG
    place_id    INTEGER NOT NULL REFERENCES entity(id),                     -- the PLACE
    evidence    TEXT    NOT NULL CHECK (evidence IN ('name', 'operating', 'based', 'dateline')),  -- how it is stated
    UNIQUE (article_id, org_id, place_id)
) STRICT;
CREATE INDEX org_place_org ON org_place(org_id);
CREATE INDEX org_place_place ON org_place(place_id);

-- A quote: a passage in quotation marks that is speech or a written statement.
CREATE TABLE quote (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,   -- where
    sentence_id  INTEGER NOT NULL REFERENCES sentence(id) ON DELETE CASCADE,  -- the sentence it starts in
    start        INTEGER NOT NULL CHECK (start >= 0),   -- first code point of the quoted words, into article.text
    end          INTEGER NOT NULL CHECK (end > start),  -- one past the last code point
    text         TEXT    NOT NULL                       -- the quoted words, without the quotation marks
) STRICT;
CREATE INDEX quote_article ON quote(article_id);
CREATE INDEX quote_sentence ON quote(sentence_id);

-- Who said a quote: one row per speaker; a quote with no row has no speaker found (never guessed).
CREATE TABLE quote_speaker (
    quote_id   INTEGER NOT NULL REFERENCES quote(id) ON DELETE CASCADE,  -- the quote
    entity_id  INTEGER NOT NULL REFERENCES entity(id),                   -- a PERSON or ORG that said it
    PRIMARY KEY (quote_id, entity_id)
) STRICT;
CREATE INDEX quote_speaker_entity ON quote_speaker(entity_id);

-- Full-text search over article text (external content: the index mirrors article.text).
CREATE VIRTUAL TABLE article_fts USING fts5(text, content="article", content_rowid="id");
CREATE TRIGGER article_fts_insert AFTER INSERT ON article BEGIN
    INSERT INTO article_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN
    INSERT INTO article_fts(article_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER article_fts_update AFTER UPDATE OF text ON article BEGIN
    INSERT INTO article_fts(article_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO article_fts(rowid, text) VALUES (new.id, new.text);
END;

-- Full-text search over quotes.
CREATE VIRTUAL TABLE quote_fts USING fts5(text, content="quote", content_rowid="id");
CREATE TRIGGER quote_fts_insert AFTER INSERT ON quote BEGIN
    INSERT INTO quote_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quote_fts_delete AFTER DELETE ON quote BEGIN
    INSERT INTO quote_fts(quote_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER quote_fts_update AFTER UPDATE OF text ON quote BEGIN
    INSERT INTO quote_fts(quote_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO quote_fts(rowid, text) VALUES (new.id, new.text);
END;

-- Canned questions, as views: the sqlite3 shell, Datasette and `newsdex query` answer the same.

-- Each entity with how often and in how many articles it is named.
CREATE VIEW entity_count AS
SELECT e.id AS entity_id, e.type, e.name,
       count(*) AS mentions, count(DISTINCT m.article_id) AS articles
FROM entity e JOIN mention m ON m.entity_id = e.id
GROUP BY e.id;

-- Who spoke for which group: person, role, organisation, where it is, and how often.
CREATE VIEW spokesperson AS
SELECT p.id AS person_id, p.name AS person,
       group_concat(DISTINCT a.role_key) AS roles,
       o.id AS org_id, o.name AS organization,
       (SELECT group_concat(DISTINCT pl.name) FROM org_place op JOIN entity pl ON pl.id = op.place_id
         WHERE op.org_id = o.id) AS org_places,
       count(DISTINCT a.article_id) AS articles,
       min(ar.published) AS first_date, max(ar.published) AS last_date,
       (SELECT count(*) FROM quote_speaker qs WHERE qs.entity_id = p.id) AS quotes
FROM affiliation a
JOIN entity p ON p.id = a.person_id
JOIN entity o ON o.id = a.org_id
JOIN article ar ON ar.id = a.article_id
GROUP BY p.id, o.id;

-- Each quote with its speakers and article.
CREATE VIEW quote_attribution AS
SELECT q.id AS quote_id, ar.id AS article_id, ar.published, ar.source_path,
       (SELECT group_concat(e.name, '; ') FROM quote_speaker qs JOIN entity e ON e.id = qs.entity_id
         WHERE qs.quote_id = q.id) AS speakers,
       q.text
FROM quote q JOIN article ar ON ar.id = q.article_id;
