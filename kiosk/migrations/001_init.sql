-- Everything that can be shown or played. A row outlives its file: when the
-- file leaves the folder the row is marked gone (kept for play history) and is
-- revived if a file with the same content comes back, under any name.
CREATE TABLE items (
    id          INTEGER PRIMARY KEY,
    kind        TEXT    NOT NULL,               -- artwork, announcement, poster, timetable, track
    source      TEXT    NOT NULL,               -- slash path relative to the content folder
    hash        TEXT    NOT NULL DEFAULT '',    -- content hash of the main file
    title       TEXT    NOT NULL DEFAULT '{}',  -- JSON object keyed by language
    meta        TEXT    NOT NULL DEFAULT '{}',  -- JSON, kind-specific (label, body, schedule...)
    width       INTEGER NOT NULL DEFAULT 0,     -- upright pixels, images only
    height      INTEGER NOT NULL DEFAULT 0,
    duration_ms INTEGER NOT NULL DEFAULT 0,     -- 0: the kind's default from kiosk.toml
    enabled     INTEGER NOT NULL DEFAULT 1,     -- staff may switch an item off
    sort_order  INTEGER NOT NULL DEFAULT 0,
    date_from   TEXT    NOT NULL DEFAULT '',    -- schedule: YYYY-MM-DD, inclusive
    date_until  TEXT    NOT NULL DEFAULT '',
    days        INTEGER NOT NULL DEFAULT 0,     -- bit 0 Monday .. bit 6 Sunday; 0 every day
    hours       TEXT    NOT NULL DEFAULT '',    -- "09:00-12:00,14:00-18:00"; '' all day
    priority    INTEGER NOT NULL DEFAULT 0,     -- 0 normal, 1 high, 2 urgent
    missing_at  INTEGER,                        -- unix ms the file was first found missing
    gone_at     INTEGER,                        -- unix ms it left the rotation; NULL while present
    added_at    INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
) STRICT;
CREATE UNIQUE INDEX items_live_source ON items(source) WHERE gone_at IS NULL;
CREATE INDEX items_hash ON items(hash);

-- The stat index of every content file considered, so an unchanged folder is
-- rescanned with stat calls only.
CREATE TABLE files (
    path     TEXT    PRIMARY KEY,  -- slash path relative to the content folder
    size     INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    hash     TEXT    NOT NULL DEFAULT ''
) STRICT, WITHOUT ROWID;

-- Screen-sized images made from the originals, keyed by content and box.
CREATE TABLE renditions (
    hash       TEXT    NOT NULL,
    box        INTEGER NOT NULL,  -- the long edge of the square box it fits
    path       TEXT    NOT NULL,  -- absolute path of the JPEG
    width      INTEGER NOT NULL,
    height     INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (hash, box)
) STRICT, WITHOUT ROWID;

-- Files staff put in the folder that could not be taken, with the reason.
CREATE TABLE refused (
    path     TEXT    PRIMARY KEY,
    size     INTEGER NOT NULL DEFAULT 0,
    mtime_ns INTEGER NOT NULL DEFAULT 0,
    code     TEXT    NOT NULL,   -- stable machine word: damaged, not_image, too_large, ...
    reason   TEXT    NOT NULL,   -- JSON object keyed by language, sentences for staff
    at       INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- Proof of play: one row per slide shown.
CREATE TABLE plays (
    id         INTEGER PRIMARY KEY,
    item_id    INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    started_at INTEGER NOT NULL,  -- unix ms
    shown_ms   INTEGER NOT NULL,
    screen     TEXT    NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX plays_started ON plays(started_at);

-- One row per scan of the folder.
CREATE TABLE scans (
    id          INTEGER PRIMARY KEY,
    started_at  INTEGER NOT NULL,
    finished_at INTEGER NOT NULL,
    full        INTEGER NOT NULL,
    files       INTEGER NOT NULL,  -- files looked at
    added       INTEGER NOT NULL,
    updated     INTEGER NOT NULL,
    removed     INTEGER NOT NULL,
    refused     INTEGER NOT NULL,
    error       TEXT    NOT NULL DEFAULT ''
) STRICT;

-- Small facts that outlive a run (e.g. what the app had to recover from).
CREATE TABLE facts (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT, WITHOUT ROWID;
