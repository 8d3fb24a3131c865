-- The clubs and their weekly sessions, as the last good clubs file said.
CREATE TABLE clubs (
    id         TEXT    PRIMARY KEY,  -- the club's id from the clubs file
    data       TEXT    NOT NULL,     -- JSON: names, category, ages, teacher, sessions...
    photo      TEXT    NOT NULL DEFAULT '',  -- slash path of its photo in clubs/, '' if none
    sort_order INTEGER NOT NULL      -- row order in the clubs file
) STRICT, WITHOUT ROWID;
