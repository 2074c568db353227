-- newsdex schema: the one source of the database's DDL.
--
-- `sqlite3 newsdex.db < schema.sql` makes a working, empty index; the newsdex binary embeds these
-- same bytes and applies them to a new file. Run `.schema` in the sqlite3 shell to read it back.
-- Conventions: singular snake_case tables, `id INTEGER PRIMARY KEY`, STRICT tables, foreign keys as
-- `<table>_id ... REFERENCES table(id)` with an index on each, ISO-8601 dates, offsets counted in
-- Unicode code points into article.text (so substr(text, start + 1, end - start) is the mention).
-- Per connection, newsdex turns `PRAGMA foreign_keys = ON`; do the same in your own sessions.

PRAGMA user_version = 5;  -- schema version; newsdex refuses a database of another version

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
    mention_count INTEGER NOT NULL DEFAULT 0 CHECK (mention_count >= 0),  -- its mentions: set by ingest, lowered by the mention_counts_delete trigger
    ingested_at   TEXT    NOT NULL           -- UTC time of ingest, ISO-8601
) STRICT;
CREATE INDEX article_published ON article(published, mention_count);  -- with mention_count: the timeline reads the index alone
CREATE INDEX article_day ON article(id, published);  -- an article's date without reading its row (which holds the text)

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
    mention_count INTEGER NOT NULL DEFAULT 0 CHECK (mention_count >= 0),  -- how many mentions name it (kept by the article_entity_counts triggers)
    article_count INTEGER NOT NULL DEFAULT 0 CHECK (article_count >= 0),  -- how many articles name it (kept by the article_entity_counts triggers)
    UNIQUE (type, key)
) STRICT;
CREATE INDEX entity_rank ON entity(type, article_count DESC);  -- listings ranked by articles read their first rows only

-- An alias: each distinct form under which an entity is written ("Nasirov", "CEC").
CREATE TABLE alias (
    id         INTEGER PRIMARY KEY,
    entity_id  INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,  -- the entity so named
    name       TEXT    NOT NULL,  -- the form as written
    key        TEXT    NOT NULL,  -- the same normalization as entity.key, for look-ups
    UNIQUE (entity_id, name)
) STRICT;
CREATE INDEX alias_key ON alias(key);

-- While it holds its one row, the full-text insert triggers below stand aside. newsdex sets it only inside
-- its own write transactions, never committed: FTS5 flushes its pending terms at every statement of a
-- transaction that writes to it, so newsdex adds a batch's new rows to alias_fts, article_fts and
-- quote_fts at the batch's end, in one statement per table, instead of one flush per article and table.
-- Rows inserted in the sqlite3 shell are indexed by the triggers, as always.
CREATE TABLE fts_deferral (
    id INTEGER PRIMARY KEY CHECK (id = 1)
) STRICT;

-- Whole-word search over alias keys, for names given by a part ("aliyev" finds "Ilham Aliyev"; external
-- content: the index mirrors alias.key).
CREATE VIRTUAL TABLE alias_fts USING fts5(key, content="alias", content_rowid="id");
CREATE TRIGGER alias_fts_insert AFTER INSERT ON alias WHEN NOT EXISTS (SELECT 1 FROM fts_deferral) BEGIN
    INSERT INTO alias_fts(rowid, key) VALUES (new.id, new.key);
END;
CREATE TRIGGER alias_fts_delete AFTER DELETE ON alias BEGIN
    INSERT INTO alias_fts(alias_fts, rowid, key) VALUES ('delete', old.id, old.key);
END;
CREATE TRIGGER alias_fts_update AFTER UPDATE OF key ON alias BEGIN
    INSERT INTO alias_fts(alias_fts, rowid, key) VALUES ('delete', old.id, old.key);
    INSERT INTO alias_fts(rowid, key) VALUES (new.id, new.key);
END;

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

-- One row per entity per article that names it: co-occurrence, an entity's articles and an article's
-- entities read these instead of every mention.
CREATE TABLE article_entity (
    article_id     INTEGER NOT NULL REFERENCES article(id),  -- the article
    entity_id      INTEGER NOT NULL REFERENCES entity(id),   -- an entity it names
    mention_count  INTEGER NOT NULL CHECK (mention_count > 0),  -- how often it names it
    name           TEXT,  -- the entity's name in this article: its longest form there (entity.name may be a form
                          -- of another article); NULL on rows the triggers below add
    PRIMARY KEY (article_id, entity_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX article_entity_entity ON article_entity(entity_id, article_id);

-- Counts follow the mentions. Ingest writes an article's mentions and then one article_entity row per entity
-- they name (not a trigger per mention); the triggers below take deleted mentions off their article_entity
-- row (deleting it with the last one; an article's deletion deletes its mentions) and move a mention whose
-- article or entity changes. Mentions inserted by hand need their article_entity rows added as ingest does;
-- `newsdex check` recounts everything.
CREATE TRIGGER mention_counts_delete AFTER DELETE ON mention BEGIN
    DELETE FROM article_entity WHERE article_id = old.article_id AND entity_id = old.entity_id AND mention_count = 1;
    UPDATE article_entity SET mention_count = mention_count - 1
      WHERE article_id = old.article_id AND entity_id = old.entity_id;
    UPDATE article SET mention_count = mention_count - 1 WHERE id = old.article_id;
END;
CREATE TRIGGER mention_counts_update AFTER UPDATE OF article_id, entity_id ON mention BEGIN
    DELETE FROM article_entity WHERE article_id = old.article_id AND entity_id = old.entity_id AND mention_count = 1;
    UPDATE article_entity SET mention_count = mention_count - 1
      WHERE article_id = old.article_id AND entity_id = old.entity_id;
    INSERT INTO article_entity (article_id, entity_id, mention_count) VALUES (new.article_id, new.entity_id, 1)
      ON CONFLICT DO UPDATE SET mention_count = mention_count + 1;
    UPDATE article SET mention_count = mention_count - 1 WHERE id = old.article_id AND new.article_id <> old.article_id;
    UPDATE article SET mention_count = mention_count + 1 WHERE id = new.article_id AND new.article_id <> old.article_id;
END;
-- An entity's totals follow its article_entity rows, however they change.
CREATE TRIGGER article_entity_counts_insert AFTER INSERT ON article_entity BEGIN
    UPDATE entity SET mention_count = mention_count + new.mention_count, article_count = article_count + 1
      WHERE id = new.entity_id;
END;
CREATE TRIGGER article_entity_counts_update AFTER UPDATE OF mention_count ON article_entity BEGIN
    UPDATE entity SET mention_count = mention_count + new.mention_count - old.mention_count WHERE id = new.entity_id;
END;
CREATE TRIGGER article_entity_counts_delete AFTER DELETE ON article_entity BEGIN
    UPDATE entity SET mention_count = mention_count - old.mention_count, article_count = article_count - 1
      WHERE id = old.entity_id;
END;

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
CREATE INDEX affiliation_article ON affiliation(article_id, person_id, org_id);  -- with the pair: the affiliation_pair triggers' look-up
CREATE INDEX affiliation_person ON affiliation(person_id, org_id, article_id, role_key);  -- with org, article, role: a pair's articles and roles from the index alone
CREATE INDEX affiliation_org ON affiliation(org_id);
CREATE INDEX affiliation_sentence ON affiliation(sentence_id);

-- Each person–organisation pair with an affiliation, in how many articles and between which dates: the
-- totals `query spokespeople` ranks by, kept by the affiliation_pair triggers.
CREATE TABLE affiliation_pair (
    person_id        INTEGER NOT NULL REFERENCES entity(id),  -- the PERSON
    org_id           INTEGER NOT NULL REFERENCES entity(id),  -- the ORG
    article_count    INTEGER NOT NULL CHECK (article_count > 0),  -- articles stating an affiliation of the pair
    first_published  TEXT,  -- earliest publication date among them (NULL when none is dated)
    last_published   TEXT,  -- latest publication date among them
    PRIMARY KEY (person_id, org_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX affiliation_pair_rank ON affiliation_pair(article_count DESC, last_published DESC);  -- the ranking (most articles, then most recent) reads its first rows only
CREATE INDEX affiliation_pair_org ON affiliation_pair(org_id);
CREATE TRIGGER affiliation_pair_insert AFTER INSERT ON affiliation
WHEN NOT EXISTS (SELECT 1 FROM affiliation WHERE article_id = new.article_id AND person_id = new.person_id
                   AND org_id = new.org_id AND id <> new.id)
BEGIN
    INSERT INTO affiliation_pair (person_id, org_id, article_count, first_published, last_published)
    SELECT new.person_id, new.org_id, 1, published, published FROM article WHERE id = new.article_id
    ON CONFLICT (person_id, org_id) DO UPDATE SET
        article_count = article_count + 1,
        first_published = coalesce(min(first_published, excluded.first_published), first_published, excluded.first_published),
        last_published = coalesce(max(last_published, excluded.last_published), last_published, excluded.last_published);
END;
CREATE TRIGGER affiliation_pair_delete AFTER DELETE ON affiliation BEGIN
    UPDATE affiliation_pair SET
        article_count = (SELECT count(DISTINCT article_id) FROM affiliation WHERE person_id = old.person_id AND org_id = old.org_id),
        first_published = (SELECT min(ar.published) FROM affiliation a JOIN article ar ON ar.id = a.article_id
                           WHERE a.person_id = old.person_id AND a.org_id = old.org_id),
        last_published = (SELECT max(ar.published) FROM affiliation a JOIN article ar ON ar.id = a.article_id
                          WHERE a.person_id = old.person_id AND a.org_id = old.org_id)
    WHERE person_id = old.person_id AND org_id = old.org_id
      AND EXISTS (SELECT 1 FROM affiliation WHERE person_id = old.person_id AND org_id = old.org_id);
    DELETE FROM affiliation_pair WHERE person_id = old.person_id AND org_id = old.org_id
      AND NOT EXISTS (SELECT 1 FROM affiliation WHERE person_id = old.person_id AND org_id = old.org_id);
END;

-- Where an organisation is, as one article states it ("Association of Azerbaijanis in Quebec").
CREATE TABLE org_place (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,  -- the article stating it
    org_id      INTEGER NOT NULL REFERENCES entity(id),                     -- the ORG
    place_id    INTEGER NOT NULL REFERENCES entity(id),                     -- the PLACE
    evidence    TEXT    NOT NULL CHECK (evidence IN ('name', 'operating', 'based', 'dateline')),  -- how it is stated
    UNIQUE (article_id, org_id, place_id)
) STRICT;
CREATE INDEX org_place_org ON org_place(org_id, place_id);  -- with place_id: an organisation's places from the index alone
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
CREATE INDEX quote_article ON quote(article_id, start);  -- with start: an article's quotes in order
CREATE INDEX quote_sentence ON quote(sentence_id);

-- Who said a quote: one row per speaker; a quote with no row has no speaker found (never guessed).
CREATE TABLE quote_speaker (
    quote_id   INTEGER NOT NULL REFERENCES quote(id) ON DELETE CASCADE,  -- the quote
    entity_id  INTEGER NOT NULL REFERENCES entity(id),                   -- a PERSON or ORG that said it
    PRIMARY KEY (quote_id, entity_id)
) STRICT;
CREATE INDEX quote_speaker_entity ON quote_speaker(entity_id, quote_id);  -- with quote_id: a speaker's quotes from the index alone

-- Full-text search over article text (external content: the index mirrors article.text).
CREATE VIRTUAL TABLE article_fts USING fts5(text, content="article", content_rowid="id");
CREATE TRIGGER article_fts_insert AFTER INSERT ON article WHEN NOT EXISTS (SELECT 1 FROM fts_deferral) BEGIN
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
CREATE TRIGGER quote_fts_insert AFTER INSERT ON quote WHEN NOT EXISTS (SELECT 1 FROM fts_deferral) BEGIN
    INSERT INTO quote_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quote_fts_delete AFTER DELETE ON quote BEGIN
    INSERT INTO quote_fts(quote_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER quote_fts_update AFTER UPDATE OF text ON quote BEGIN
    INSERT INTO quote_fts(quote_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO quote_fts(rowid, text) VALUES (new.id, new.text);
END;

-- Canned questions, as views: the sqlite3 shell, Datasette and `newsdex query` answer the same (the
-- views without the command's filters and limit). One result column per line, each with its comment:
-- `newsdex datasette-metadata` reads these comments as the column descriptions.

-- Each entity with how often and in how many articles it is named (`query entities`, `query people`).
CREATE VIEW entity_count AS
SELECT e.id AS entity_id,                        -- the entity
       e.type,                                   -- PERSON, ORG, PLACE or DATE
       e.name,                                   -- its canonical name
       e.mention_count AS mentions,              -- how many times it is named
       e.article_count AS articles               -- in how many articles
FROM entity e
WHERE e.mention_count > 0;

-- Each organisation with its mention and article counts and where it is (`query organizations`).
CREATE VIEW organization_count AS
SELECT e.id AS entity_id,                        -- the ORG entity
       e.name,                                   -- its canonical name
       e.mention_count AS mentions,              -- how many times it is named
       e.article_count AS articles,              -- in how many articles
       (SELECT group_concat(DISTINCT pl.name) FROM org_place op JOIN entity pl ON pl.id = op.place_id
         WHERE op.org_id = e.id) AS places       -- the places the articles put it at, comma-separated
FROM entity e
WHERE e.type = 'ORG' AND e.mention_count > 0;

-- Each place with its GeoNames details and mention counts (`query places`).
CREATE VIEW place_count AS
SELECT e.id AS entity_id,                        -- the PLACE entity
       e.name,                                   -- its canonical name
       p.kind,                                   -- country, region, city or other; NULL when unresolved
       p.country_code,                           -- ISO 3166-1 alpha-2 code of its country
       p.geonames_id,                            -- GeoNames id, NULL when unresolved
       p.latitude,                               -- WGS84 degrees
       p.longitude,                              -- WGS84 degrees
       e.mention_count AS mentions,              -- how many times it is named
       e.article_count AS articles               -- in how many articles
FROM entity e LEFT JOIN place p ON p.entity_id = e.id
WHERE e.type = 'PLACE' AND e.mention_count > 0;

-- Each calendar date the articles name, with its precision and counts (`query dates`).
CREATE VIEW date_count AS
SELECT e.id AS entity_id,                        -- the DATE entity
       e.name AS value,                          -- ISO-8601 value: YYYY-MM-DD, YYYY-MM or YYYY
       cd.precision,                             -- day, month or year
       e.mention_count AS mentions,              -- how many times it is named
       e.article_count AS articles               -- in how many articles
FROM entity e LEFT JOIN calendar_date cd ON cd.entity_id = e.id
WHERE e.type = 'DATE' AND e.mention_count > 0;

-- Every mention with its entity, article and sentence (`query mentions ENTITY`).
CREATE VIEW mention_context AS
SELECT m.id AS mention_id,                       -- the mention
       e.id AS entity_id,                        -- the entity named
       e.type,                                   -- PERSON, ORG, PLACE or DATE
       e.name AS entity,                         -- the entity's canonical name
       ar.id AS article_id,                      -- the article
       ar.source_path,                           -- the article's file
       ar.published,                             -- the article's publication date, or NULL
       m.text,                                   -- the words as written
       m.start,                                  -- first code point, into article.text
       m.end,                                    -- one past the last code point
       substr(ar.text, s.start + 1, s.end - s.start) AS sentence  -- the sentence around it
FROM mention m JOIN entity e ON e.id = m.entity_id JOIN article ar ON ar.id = m.article_id
JOIN sentence s ON s.id = m.sentence_id;

-- Pairs of entities named in the same articles (`query cooccurrence ENTITY`); filter on entity_id.
CREATE VIEW cooccurrence AS
SELECT e1.entity_id,                             -- the entity asked about
       e2.entity_id AS other_id,                 -- an entity named in the same article (never a DATE)
       other.type AS other_type,                 -- PERSON, ORG or PLACE
       other.name AS other,                      -- its canonical name
       count(*) AS shared_articles               -- how many articles name both
FROM article_entity e1 JOIN article_entity e2 ON e2.article_id = e1.article_id AND e2.entity_id <> e1.entity_id
JOIN entity other ON other.id = e2.entity_id
WHERE other.type <> 'DATE'
GROUP BY e1.entity_id, e2.entity_id;

-- Each article with its date, file, size and how many entities it names (`query articles`).
CREATE VIEW article_summary AS
SELECT ar.id AS article_id,                      -- the article
       ar.published,                             -- publication date, or NULL
       ar.source_path,                           -- the article's file
       ar.dateline,                              -- the opening dateline, or NULL
       ar.word_count,                            -- number of word tokens
       (SELECT count(*) FROM article_entity WHERE article_id = ar.id) AS entities  -- distinct entities named
FROM article ar;

-- Who spoke for which group: person, role, organisation, where it is, and how often (`query spokespeople`).
CREATE VIEW spokesperson AS
SELECT p.id AS person_id,                        -- the PERSON
       p.name AS person,                         -- the person's canonical name
       (SELECT group_concat(DISTINCT a.role_key) FROM affiliation a
         WHERE a.person_id = ap.person_id AND a.org_id = ap.org_id) AS roles,  -- normalized roles stated, comma-separated
       o.id AS org_id,                           -- the ORG
       o.name AS organization,                   -- the organisation's canonical name
       (SELECT group_concat(DISTINCT pl.name) FROM org_place op JOIN entity pl ON pl.id = op.place_id
         WHERE op.org_id = o.id) AS org_places,  -- where the organisation is, comma-separated
       ap.article_count AS articles,             -- articles stating the affiliation
       ap.first_published AS first_date,         -- earliest publication date among them
       ap.last_published AS last_date,           -- latest publication date among them
       (SELECT count(*) FROM quote_speaker qs WHERE qs.entity_id = p.id) AS quotes  -- quotes the person said, in all
FROM affiliation_pair ap
JOIN entity p ON p.id = ap.person_id
JOIN entity o ON o.id = ap.org_id;

-- Each quote with its speakers and article (`query quotes`).
CREATE VIEW quote_attribution AS
SELECT q.id AS quote_id,                         -- the quote
       ar.id AS article_id,                      -- its article
       ar.published,                             -- the article's publication date, or NULL
       ar.source_path,                           -- the article's file
       (SELECT group_concat(e.name, '; ') FROM quote_speaker qs JOIN entity e ON e.id = qs.entity_id
         WHERE qs.quote_id = q.id) AS speakers,  -- who said it, '; '-separated; NULL when no speaker was found
       q.text                                    -- the quoted words
FROM quote q JOIN article ar ON ar.id = q.article_id;

-- Articles and mentions per publication date (`query timeline`).
CREATE VIEW timeline AS
SELECT ar.published,                             -- publication date (NULL: undated articles)
       count(*) AS articles,                     -- articles published that day
       sum(ar.mention_count) AS mentions         -- mentions in them
FROM article ar
GROUP BY ar.published;
