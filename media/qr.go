package media

import (
	"fmt"
	"image"

	"github.com/skip2/go-qrcode"
)

// QRCode draws url as a QR code of about px x px pixels, black on white with
// the standard quiet zone, for a phone camera across a lobby.
func QRCode(url string, px int) (image.Image, error) {
	q, err := qrcode.New(url, qrcode.Medium)
	if err != nil {
		return nil, fmt.Errorf("qr code for %q: %w", url, err)
	}
	return q.Image(px), nil
}
