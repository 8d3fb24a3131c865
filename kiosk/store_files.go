package kiosk

import (
	"context"
	"fmt"
)

// The files and refused tables: the stat index of the content folder and why
// a file was not taken.

type knownFile struct {
	size, mtime int64
}

// knownFiles is the stat index of the last scan, refused files included.
func (s *Store) knownFiles(ctx context.Context, hint int) (map[string]knownFile, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT path, size, mtime_ns FROM files
		UNION ALL SELECT path, size, mtime_ns FROM refused WHERE path NOT IN (SELECT path FROM files)`)
	if err != nil {
		return nil, fmt.Errorf("read file index: %w", err)
	}
	defer rows.Close()
	known := make(map[string]knownFile, hint)
	for rows.Next() {
		var p string
		var k knownFile
		if err := rows.Scan(&p, &k.size, &k.mtime); err != nil {
			return nil, fmt.Errorf("read file index: %w", err)
		}
		known[p] = k
	}
	return known, rows.Err()
}

// forgetFile drops a file from the index, its refusal and its live item.
func (s *Store) forgetFile(ctx context.Context, rel string) error {
	return s.write(ctx, func(t storeTx) error {
		for _, q := range []string{
			`DELETE FROM files WHERE path = ?`,
			`DELETE FROM refused WHERE path = ?`,
			`UPDATE items SET gone_at = ` + fmt.Sprint(s.nowMS()) + ` WHERE source = ? AND gone_at IS NULL`,
		} {
			if _, err := t.tx.ExecContext(ctx, q, rel); err != nil {
				return fmt.Errorf("forget %s: %w", rel, err)
			}
		}
		return nil
	})
}

// lookAgain marks the files refused for one of these reasons as changed, so
// the next scan reads them again (the limit they were refused by changed).
// It returns how many there are.
func (s *Store) lookAgain(ctx context.Context, codes ...string) (int64, error) {
	var n int64
	err := s.write(ctx, func(t storeTx) error {
		for _, code := range codes {
			res, err := t.tx.ExecContext(ctx, `UPDATE refused SET size = -1 WHERE code = ?`, code)
			if err != nil {
				return fmt.Errorf("look again at %s: %w", code, err)
			}
			k, _ := res.RowsAffected()
			n += k
		}
		return nil
	})
	return n, err
}

// refuseFile records why a file was not taken and indexes it, so an
// unchanged bad file is not read again.
func (s *Store) refuseFile(ctx context.Context, f fileState, r *Refusal) error {
	return s.write(ctx, func(t storeTx) error {
		if _, err := t.tx.ExecContext(ctx, `INSERT INTO refused(path, size, mtime_ns, code, reason, at) VALUES(?,?,?,?,?,?)
		ON CONFLICT(path) DO UPDATE SET size=excluded.size, mtime_ns=excluded.mtime_ns, code=excluded.code,
		reason=excluded.reason, at=excluded.at`, f.rel, f.size, f.mtime, r.Code, mustJSON(r.Reason), s.nowMS()); err != nil {
			return fmt.Errorf("refuse %s: %w", f.rel, err)
		}
		if _, err := t.tx.ExecContext(ctx, `DELETE FROM files WHERE path = ?`, f.rel); err != nil {
			return fmt.Errorf("refuse %s: %w", f.rel, err)
		}
		return nil
	})
}

// indexFile records a file as looked at (taken, or not content), with its
// content hash if it has one ("" for none), and clears its refusal.
func (s *Store) indexFile(ctx context.Context, f fileState, hash string) error {
	return s.write(ctx, func(t storeTx) error { return t.indexFile(ctx, f, hash) })
}

func (t storeTx) indexFile(ctx context.Context, f fileState, hash string) error {
	if _, err := t.tx.ExecContext(ctx, `INSERT INTO files(path, size, mtime_ns, hash) VALUES(?,?,?,?)
		ON CONFLICT(path) DO UPDATE SET size=excluded.size, mtime_ns=excluded.mtime_ns, hash=excluded.hash`,
		f.rel, f.size, f.mtime, hash); err != nil {
		return fmt.Errorf("index %s: %w", f.rel, err)
	}
	if _, err := t.tx.ExecContext(ctx, `DELETE FROM refused WHERE path = ?`, f.rel); err != nil {
		return fmt.Errorf("index %s: %w", f.rel, err)
	}
	return nil
}

// unindex drops the index and refusal rows of a path (its item moved away).
func (t storeTx) unindex(ctx context.Context, rel string) error {
	for _, q := range []string{`DELETE FROM files WHERE path = ?`, `DELETE FROM refused WHERE path = ?`} {
		if _, err := t.tx.ExecContext(ctx, q, rel); err != nil {
			return err
		}
	}
	return nil
}
