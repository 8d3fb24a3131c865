package kiosk

import (
	"path/filepath"
	"syscall"
)

// FreeSpace is the free space, in bytes, of the file system that holds the
// database and the renditions (the less of the two, if they differ): what
// fills up when the kiosk cannot write.
func (k *Kiosk) FreeSpace() (uint64, error) {
	free := uint64(0)
	for i, dir := range []string{filepath.Dir(k.Store.Path()), k.Ingest.Renditions} {
		var fs syscall.Statfs_t
		if err := syscall.Statfs(dir, &fs); err != nil {
			if i == 0 {
				return 0, err
			}
			continue // no renditions folder yet
		}
		if n := fs.Bavail * uint64(fs.Bsize); i == 0 || n < free {
			free = n
		}
	}
	return free, nil
}
