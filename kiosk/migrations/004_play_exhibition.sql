-- The exhibition an artwork was in when it was shown: an artwork moved to
-- another exhibition keeps its plays, and each exhibition keeps the plays
-- it had. NULL for plays recorded before (stats then use the item's now).
ALTER TABLE plays ADD COLUMN exhibition TEXT;
