-- greatgame store, newest schema (store/migrations.py has its version and brings older stores forward).
-- Every layer has its table from the start, so later layers fill tables
-- instead of reshaping them; every extracted record carries its article id
-- and character offsets (start, end) into articles.text.

CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT
);

CREATE TABLE IF NOT EXISTS documents (
    id          TEXT PRIMARY KEY,          -- first 16 hex digits of sha256
    path        TEXT NOT NULL,
    sha256      TEXT NOT NULL UNIQUE,
    format      TEXT NOT NULL,
    size        INTEGER,
    ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE IF NOT EXISTS articles (
    id           TEXT PRIMARY KEY,
    document_id  TEXT NOT NULL REFERENCES documents(id),
    page         INTEGER NOT NULL,
    idx          INTEGER NOT NULL,
    title        TEXT,
    author       TEXT,
    published    TEXT,                     -- ISO date or NULL
    site         TEXT,
    url          TEXT,
    language     TEXT,
    text         TEXT NOT NULL,
    text_sha256  TEXT NOT NULL,
    duplicate_of TEXT REFERENCES articles(id),
    extractor    TEXT
);
CREATE INDEX IF NOT EXISTS articles_document ON articles(document_id);
CREATE INDEX IF NOT EXISTS articles_text_sha ON articles(text_sha256);
CREATE INDEX IF NOT EXISTS articles_duplicate ON articles(duplicate_of);

-- MinHash signatures of original (non-duplicate) articles, for near-duplicate
-- detection across runs.
CREATE TABLE IF NOT EXISTS article_minhash (
    article_id TEXT PRIMARY KEY REFERENCES articles(id),
    signature  BLOB NOT NULL
);
-- Their LSH band keys (9 per signature, lshbands.py): near-duplicate candidates
-- are the articles sharing a key, found through the primary key.
CREATE TABLE IF NOT EXISTS article_bands (
    key        INTEGER NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id),
    PRIMARY KEY (key, article_id)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_au AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;

-- Inputs passed over, with their coded reason (the ingest log users query).
CREATE TABLE IF NOT EXISTS skips (
    id     INTEGER PRIMARY KEY,
    path   TEXT NOT NULL,
    code   TEXT NOT NULL,
    reason TEXT NOT NULL,
    at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (path, code, reason)
);

-- Later layers: actors and places, mentions, events, statements.
CREATE TABLE IF NOT EXISTS actors (
    id       TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    kind     TEXT NOT NULL,                -- state|person|organization|group|other
    country  TEXT,                         -- ISO3
    sector   TEXT,
    aliases  TEXT NOT NULL DEFAULT '[]',   -- JSON list
    wikidata TEXT,
    data     TEXT NOT NULL DEFAULT '{}'    -- JSON: roles and the rest
);

CREATE TABLE IF NOT EXISTS places (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    country     TEXT,
    lat         REAL,
    lon         REAL,
    geonames_id INTEGER,
    approx_of   TEXT             -- an approximate place: the id of the known place whose point it inherits
);

CREATE TABLE IF NOT EXISTS mentions (
    id         INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    actor_id   TEXT REFERENCES actors(id),
    place_id   TEXT REFERENCES places(id),
    text       TEXT NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    label      TEXT,                       -- PERSON, ORG, GPE, LOC, FAC, NORP
    method     TEXT,                       -- why linked: alias, acronym, title, surname, metonym, ...
    confidence REAL,
    CHECK ((actor_id IS NULL) <> (place_id IS NULL))
);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
CREATE INDEX IF NOT EXISTS mentions_actor ON mentions(actor_id);
CREATE INDEX IF NOT EXISTS mentions_place ON mentions(place_id);

CREATE TABLE IF NOT EXISTS events (
    id              TEXT PRIMARY KEY,
    article_id      TEXT NOT NULL REFERENCES articles(id),
    type            TEXT NOT NULL,         -- PLOVER, upper case
    mode            TEXT,
    cameo           TEXT,
    domain          TEXT,
    date            TEXT,                  -- YYYY, YYYY-MM or YYYY-MM-DD
    date_text       TEXT,
    source_actor_id TEXT REFERENCES actors(id),
    source_text     TEXT,
    target_actor_id TEXT REFERENCES actors(id),
    target_text     TEXT,
    place_id        TEXT REFERENCES places(id),
    modality        TEXT,
    attributed_to   TEXT,
    sentence        TEXT,
    start           INTEGER,
    end             INTEGER,
    confidence      REAL,
    data            TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id);
CREATE INDEX IF NOT EXISTS events_source ON events(source_actor_id);
CREATE INDEX IF NOT EXISTS events_target ON events(target_actor_id);
CREATE INDEX IF NOT EXISTS events_place ON events(place_id);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE INDEX IF NOT EXISTS events_type ON events(type);
CREATE INDEX IF NOT EXISTS events_dyad ON events(source_actor_id, target_actor_id, type, domain, date, modality);

CREATE TABLE IF NOT EXISTS quotes (
    id               INTEGER PRIMARY KEY,
    article_id       TEXT NOT NULL REFERENCES articles(id),
    speaker_actor_id TEXT REFERENCES actors(id),
    speaker_text     TEXT,
    text             TEXT NOT NULL,
    cue              TEXT,
    direct           INTEGER,
    start            INTEGER,
    end              INTEGER,
    data             TEXT NOT NULL DEFAULT '{}'   -- JSON: evidence spans and the rest
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article_id);

CREATE TABLE IF NOT EXISTS quantities (
    id         INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    value      REAL,
    unit       TEXT,
    text       TEXT NOT NULL,
    subject    TEXT,
    sentence   TEXT,
    start      INTEGER,
    end        INTEGER,
    data             TEXT NOT NULL DEFAULT '{}'   -- JSON: evidence spans and the rest
);
CREATE INDEX IF NOT EXISTS quantities_article ON quantities(article_id);

CREATE TABLE IF NOT EXISTS frames (
    id         INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    frame      TEXT NOT NULL,
    actor_id   TEXT REFERENCES actors(id),
    evidence   TEXT,
    start      INTEGER,
    end        INTEGER,
    data             TEXT NOT NULL DEFAULT '{}'   -- JSON: evidence spans and the rest
);
CREATE INDEX IF NOT EXISTS frames_article ON frames(article_id);

CREATE TABLE IF NOT EXISTS citations (
    id         INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    marker     TEXT,
    text       TEXT,
    author     TEXT,
    title      TEXT,
    publisher  TEXT,
    year       TEXT,
    url        TEXT,
    doi        TEXT,
    start      INTEGER,
    end        INTEGER,
    data             TEXT NOT NULL DEFAULT '{}'   -- JSON: evidence spans and the rest
);
CREATE INDEX IF NOT EXISTS citations_article ON citations(article_id);
