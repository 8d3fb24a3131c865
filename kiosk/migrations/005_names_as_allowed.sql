-- Children's names are kept only as labels.csv and [privacy] allow them to
-- be shown: the names stored before are dropped here, and the next scan
-- writes each live artwork's author again as allowed. Proof of play
-- (plays, touches) never had a name; it keeps the item and exhibition only.
UPDATE items SET meta = json_remove(meta, '$.author') WHERE json_extract(meta, '$.author') IS NOT NULL;
DELETE FROM facts WHERE key = 'labels_privacy';
