-- Visitors' use of the touchscreen, without personal data: one row per
-- event (a browsing session opened or closed, a club page, a filter).
CREATE TABLE touches (
    id         INTEGER PRIMARY KEY,
    at         INTEGER NOT NULL,             -- unix ms
    session    INTEGER NOT NULL,             -- browsing session: unix ms it began
    event      TEXT    NOT NULL,             -- open, close, club, filter, artwork, lang
    club_id    TEXT    NOT NULL DEFAULT '',  -- for club pages
    item_id    INTEGER,                      -- for artworks browsed
    value      TEXT    NOT NULL DEFAULT '',  -- the filter used (e.g. "age=10", "day=6", "category=Music")
    seconds    REAL    NOT NULL DEFAULT 0,   -- for close: how long the session lasted
    screen     TEXT    NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX touches_at ON touches(at);
