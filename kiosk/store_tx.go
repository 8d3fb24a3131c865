package kiosk

import (
	"context"
	"database/sql"
	"time"
)

// storeTx is one write transaction on the store's one writer. The store's
// methods that make several writes which must land together run them in one
// (see Store.write); nothing outside the store_*.go files begins one.
type storeTx struct {
	s  *Store
	tx *sql.Tx
}

// write runs fn in one transaction on the writer and commits it when fn
// returns nil.
func (s *Store) write(ctx context.Context, fn func(tx storeTx) error) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(storeTx{s: s, tx: tx}); err != nil {
		return err
	}
	return tx.Commit()
}

// now is the store's clock (Store.Clock; the wall clock when none is set).
func (s *Store) now() time.Time { return s.Clock.Now() }

// nowMS is the store's clock in Unix milliseconds, as the tables keep times.
func (s *Store) nowMS() int64 { return s.now().UnixMilli() }
